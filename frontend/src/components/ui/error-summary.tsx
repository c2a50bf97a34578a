import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The list of what to fix above a form, each entry linking to its field; focused after a failed
 * submit so keyboard and screen-reader users hear it.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, { id: string; errors: { href?: string; text: string }[] }>(
  function ErrorSummary({ id, errors }, ref) {
    const { t } = useTranslation();
    if (errors.length === 0) return null;
    return (
      <div ref={ref} tabIndex={-1} role="alert" aria-labelledby={id} className="rounded-8 border-2 border-red-900 p-4">
        <h2 id={id} className="text-std-18B-160 text-red-900">{t('common.errorSummary', { count: errors.length })}</h2>
        <ul className="mt-2 list-disc pl-6">
          {errors.map((e, i) => (
            <li key={i}>{e.href ? <a href={e.href}>{e.text}</a> : e.text}</li>
          ))}
        </ul>
      </div>
    );
  },
);
