import { useTranslation } from 'react-i18next';
import { ConflictNotice } from '@/components/ui/conflict-notice';
import { ApiError, inLanguage } from '@/lib/api-client';
import { useTransition } from '../api/moderation';

/**
 * The one step a moderator takes before a consultation opens: a draft is scheduled (it then opens and
 * closes on time by itself), and a scheduled one can go back to draft until it opens.
 */
export function ScheduleAction({ id, title, state }: { id: string; title: string; state?: string }) {
  const { t, i18n } = useTranslation();
  const transition = useTransition(id);
  const to = state === 'draft' ? 'scheduled' : state === 'scheduled' ? 'draft' : undefined;
  if (!to) return null;
  const error = transition.error;
  return (
    <div className="space-y-2">
      <button type="button" className={to === 'scheduled' ? 'btn-primary' : 'btn-secondary'} disabled={transition.isPending}
        aria-busy={transition.isPending} onClick={() => transition.mutate({ to })}>
        {t(`consultationSetup.to.${to}`)}<span className="sr-only">{t('consultationSetup.of', { title })}</span>
      </button>
      {error instanceof ApiError && error.status === 409 ? <ConflictNotice error={error} />
        : error && (
          <p role="alert" className="font-bold text-red-900">
            {error instanceof ApiError ? inLanguage(error.problem?.detail, i18n.language) || t('admin.saveFailed') : t('admin.networkError')}
          </p>
        )}
    </div>
  );
}
