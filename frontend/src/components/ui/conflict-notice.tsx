import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, inLanguage } from '@/lib/api-client';

/**
 * A 409 explained: what the server said, and what the server holds now, so the member can decide
 * what to do instead of guessing why the save was refused.
 */
export function ConflictNotice({ error, children }: { error: ApiError; children?: ReactNode }) {
  const { t, i18n } = useTranslation();
  return (
    <div role="alert" className="space-y-3 rounded-8 border-2 border-orange-900 bg-orange-50 p-4">
      <p className="font-bold">{t('admin.conflict.title')}</p>
      <p>{inLanguage(error.problem?.detail, i18n.language) || t('admin.conflict.lead')}</p>
      {children && (
        <div>
          <p className="font-bold">{t('admin.conflict.current')}</p>
          {children}
        </div>
      )}
    </div>
  );
}
