import { useTranslation } from 'react-i18next';
import type { OpinionItem, StaffSubmission } from '../api/moderation';
import { isUnanswered } from '../lib/queue';

/** What is left before publishing: submissions not yet split into items, and items still unanswered. */
export function Progress({ submissions, items }: { submissions: StaffSubmission[]; items: OpinionItem[] }) {
  const { t } = useTranslation();
  const split = new Set(items.map((i) => i.receipt));
  const unsplit = submissions.filter((s) => !split.has(s.receipt)).length;
  const unanswered = items.filter(isUnanswered).length;
  return (
    <section aria-label={t('moderation.progress.label')}>
    <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3">
      {[
        ['submissions', submissions.length],
        ['unsplit', unsplit],
        ['unanswered', unanswered],
      ].map(([k, n]) => (
        <div key={k} className="rounded-8 border border-solid-gray-420 p-3">
          <dt className="text-std-16N-170">{t(`moderation.progress.${k}`)}</dt>
          <dd className="text-std-24B-150" data-testid={`progress-${k}`}>{t('moderation.progress.count', { count: Number(n) })}</dd>
        </div>
      ))}
    </dl>
    </section>
  );
}
