import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadError, Loading } from '@/components/ui/status';
import { RequireRole } from '@/features/auth/components/require-role';
import { useCurrentConsultation, useProgress } from '@/features/moderation/api/moderation';
import { Duplicates } from '@/features/moderation/components/duplicates';
import { Progress } from '@/features/moderation/components/progress';
import { Queue } from '@/features/moderation/components/queue';
import { usePageTitle } from '@/lib/use-page-title';

/** A consultation's submissions queue, with what is left to split and to answer. */
export default function ModerationPage() {
  return (
    <RequireRole role="comment-moderator">
      <Moderation />
    </RequireRole>
  );
}

function Moderation() {
  const { t } = useTranslation();
  usePageTitle(t('moderation.title'));
  const { id = '' } = useParams();
  const consultation = useCurrentConsultation(id);
  const progress = useProgress(id);
  const base = `/admin/consultations/${encodeURIComponent(id)}`;
  return (
    <div className="space-y-6">
      <p><Link to="/admin/consultations">{t('entries.backToList')}</Link></p>
      <h1 className="text-std-28B-150 md:text-std-36B-140">{t('moderation.title')}</h1>
      {consultation.data && (
        <p><span className="text-std-18B-160">{consultation.data.title}</span>{' '}
          <span className="rounded-4 border border-solid-gray-600 px-2">{consultation.data.status?.label}</span></p>
      )}
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        <li><Link to={`${base}/entries/new`}>{t('moderation.enter')}</Link></li>
        <li><Link to={`${base}/moderation/results`}>{t('moderation.publish.title')}</Link></li>
      </ul>
      {(progress.isPending || consultation.isPending) && <Loading />}
      {(progress.isError || consultation.isError) && <LoadError onRetry={() => { void progress.refetch(); void consultation.refetch(); }} />}
      {progress.data && consultation.data && (
        <>
          <Progress progress={progress.data} />
          <Queue consultation={consultation.data} submissions={progress.data.submissions ?? 0} />
          <Duplicates consultationId={id} />
        </>
      )}
    </div>
  );
}
