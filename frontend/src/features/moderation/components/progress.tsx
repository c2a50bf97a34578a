import { useTranslation } from 'react-i18next';
import type { ModerationProgress } from '../api/moderation';

/** What is left before publishing, as comment-service counts it: submissions not yet split into items, and items still unanswered. */
export function Progress({ progress }: { progress: ModerationProgress }) {
  const { t } = useTranslation();
  return (
    <section aria-label={t('moderation.progress.label')}>
    <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3">
      {(['submissions', 'unsplit', 'unanswered'] as const).map((k) => (
        <div key={k} className="rounded-8 border border-solid-gray-420 p-3">
          <dt className="text-std-16N-170">{t(`moderation.progress.${k}`)}</dt>
          <dd className="text-std-24B-150" data-testid={`progress-${k}`}>{t('moderation.progress.count', { count: progress[k] ?? 0 })}</dd>
        </div>
      ))}
    </dl>
    </section>
  );
}
