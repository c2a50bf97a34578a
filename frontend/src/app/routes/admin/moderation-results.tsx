import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadError, Loading } from '@/components/ui/status';
import { RequireRole } from '@/features/auth/components/require-role';
import { useCurrentConsultation, useItems, useProgress } from '@/features/moderation/api/moderation';
import { Progress } from '@/features/moderation/components/progress';
import { PublishPanel } from '@/features/moderation/components/publish-panel';
import { usePageTitle } from '@/lib/use-page-title';

/** The consultation's state, the result previewed before publishing, publishing, and the CSV. */
export default function ModerationResultsPage() {
  return (
    <RequireRole role="comment-moderator">
      <Results />
    </RequireRole>
  );
}

function Results() {
  const { t } = useTranslation();
  usePageTitle(t('moderation.publish.title'));
  const { id = '' } = useParams();
  const consultation = useCurrentConsultation(id);
  const progress = useProgress(id);
  const items = useItems(id);
  return (
    <div className="space-y-6">
      <p><Link to={`/admin/consultations/${encodeURIComponent(id)}/moderation`}>{t('moderation.backToQueue')}</Link></p>
      <h1 className="text-std-28B-150 md:text-std-36B-140">{t('moderation.publish.title')}</h1>
      {(consultation.isPending || items.isPending || progress.isPending) && <Loading />}
      {(consultation.isError || items.isError || progress.isError) && <LoadError onRetry={() => { void consultation.refetch(); void items.refetch(); void progress.refetch(); }} />}
      {consultation.data && items.data && progress.data && (
        <>
          <p className="text-std-18B-160">{consultation.data.title}</p>
          <Progress progress={progress.data} />
          <PublishPanel consultation={consultation.data} items={items.data} />
        </>
      )}
    </div>
  );
}
