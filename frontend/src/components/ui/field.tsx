import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A labelled form field with its hint and its error right beside it (the error also goes into the
 * control's accessible description through describedBy), as every Kyoso form shows them.
 */
export function Field({ id, label, required, error, hint, children }: { id: string; label: ReactNode; required?: boolean; error?: string; hint?: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-std-17B-170">
        {label}
        {required && <span className="ml-2 rounded-4 bg-red-900 px-1.5 text-std-16N-170 text-white">{t('common.required')}</span>}
      </label>
      {hint && <p id={`${id}-hint`} className="text-std-16N-170 text-solid-gray-700">{hint}</p>}
      {error && (
        <p id={`${id}-error`} className="font-bold text-red-900">
          <span aria-hidden="true">⚠ </span>{error}
        </p>
      )}
      {children}
    </div>
  );
}

export const inputClass = (error?: string) =>
  `block w-full rounded-8 border bg-white px-4 py-3 text-std-16N-170 ${error ? 'border-2 border-red-900' : 'border-solid-gray-600'}`;

export const describedBy = (id: string, error?: string, hint?: string) =>
  [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
