import { useTranslation } from 'react-i18next';
import { ApiError, inLanguage } from '@/lib/api-client';

/** Why a delete did not happen, in the reader's language. */
export function DeleteFailure({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  return (
    <p role="alert" className="font-bold text-red-900">
      {error instanceof ApiError ? inLanguage(error.problem?.detail, i18n.language) || t('measureAdmin.deleteFailed') : t('admin.networkError')}
    </p>
  );
}
