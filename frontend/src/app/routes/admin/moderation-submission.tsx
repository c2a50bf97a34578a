import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { LoadError, Loading } from '@/components/ui/status';
import { RequireRole } from '@/features/auth/components/require-role';
import { useCurrentConsultation, useItems, useProgress, useSubmission } from '@/features/moderation/api/moderation';
import { ItemForm } from '@/features/moderation/components/item-form';
import { Progress } from '@/features/moderation/components/progress';
import { flattenOutline } from '@/features/moderation/lib/outline';
import { ApiError } from '@/lib/api-client';
import { usePageTitle } from '@/lib/use-page-title';
import { warekiDateTime } from '@/lib/wareki';

/** One submission: its text, the items taken out of it with their answers, and a form for one more. */
export default function ModerationSubmissionPage() {
  return (
    <RequireRole role="comment-moderator">
      <Submission />
    </RequireRole>
  );
}

function Submission() {
  const { t } = useTranslation();
  const { id = '', receipt = '' } = useParams();
  const [params] = useSearchParams();
  usePageTitle(t('moderation.submission.title', { receipt }));
  const consultation = useCurrentConsultation(id);
  const found = useSubmission(id, receipt);
  const progress = useProgress(id);
  const items = useItems(id);
  const submission = found.data;
  const missing = found.error instanceof ApiError && found.error.status === 404;
  const own = (items.data ?? []).filter((i) => i.receipt === receipt);
  const sections = flattenOutline(consultation.data?.outline);
  const sectionLabel = (key: string) => sections.find((s) => s.key === key)?.label ?? key;
  return (
    <div className="space-y-6">
      <p><Link to={`/admin/consultations/${encodeURIComponent(id)}/moderation?${params.toString()}`}>{t('moderation.backToQueue')}</Link></p>
      <h1 className="text-std-28B-150 md:text-std-36B-140">{t('moderation.submission.title', { receipt })}</h1>
      {(found.isPending || items.isPending || consultation.isPending || progress.isPending) && <Loading />}
      {missing && <p role="alert">{t('moderation.submission.notFound')}</p>}
      {((found.isError && !missing) || items.isError || consultation.isError || progress.isError)
        && <LoadError onRetry={() => { void found.refetch(); void items.refetch(); void consultation.refetch(); void progress.refetch(); }} />}
      {submission && items.data && consultation.data && progress.data && (
        <>
          <Progress progress={progress.data} />
          <section aria-labelledby="submission-heading" className="space-y-2 rounded-8 border border-solid-gray-420 p-4">
            <h2 id="submission-heading" className="text-std-22B-150">{t('moderation.submission.text')}</h2>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
              <dt className="font-bold">{t('moderation.queue.receivedAt')}</dt><dd>{submission.receivedAt ? warekiDateTime(submission.receivedAt) : ''}</dd>
              <dt className="font-bold">{t('moderation.queue.channel')}</dt><dd>{submission.channel?.label}</dd>
              <dt className="font-bold">{t('moderation.queue.attribute')}</dt><dd>{submission.attribute?.label ?? '—'}{submission.attributeDetail ? `（${submission.attributeDetail}）` : ''}</dd>
              <dt className="font-bold">{t('moderation.submission.sections')}</dt><dd>{submission.sections?.length ? submission.sections.map(sectionLabel).join('、') : '—'}</dd>
            </dl>
            <p className="whitespace-pre-wrap break-words">{submission.text}</p>
          </section>
          <section aria-labelledby="items-heading" className="space-y-4">
            <h2 id="items-heading" className="text-std-22B-150">{t('moderation.submission.items', { count: own.length })}</h2>
            {own.map((item) => (
              <div key={`${item.id}-${item.version}`} className="rounded-8 border border-solid-gray-420 p-4">
                <ItemForm consultationId={id} receipt={receipt} sections={sections} item={item} />
              </div>
            ))}
          </section>
          <section aria-labelledby="new-item-heading" className="space-y-4 rounded-8 border-2 border-solid-gray-600 p-4">
            <h2 id="new-item-heading" className="text-std-22B-150">{t('moderation.item.newLabel')}</h2>
            <ItemForm consultationId={id} receipt={receipt} sections={sections} />
          </section>
        </>
      )}
    </div>
  );
}
