import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadError, Loading } from '@/components/ui/status';
import { RequireRole } from '@/features/auth/components/require-role';
import { useConsultation } from '@/features/staff-entries/api/consultations';
import { StaffEntryForm } from '@/features/staff-entries/components/staff-entry-form';
import { usePageTitle } from '@/lib/use-page-title';

export default function StaffEntryPage() {
  return (
    <RequireRole role="comment-moderator">
      <StaffEntry />
    </RequireRole>
  );
}

function StaffEntry() {
  const { t } = useTranslation();
  usePageTitle(t('entries.title'));
  const { id = '' } = useParams();
  const consultation = useConsultation(id);
  return (
    <div className="space-y-6">
      <p><Link to="/admin/consultations">{t('entries.backToList')}</Link></p>
      <h1 className="text-std-28B-150 md:text-std-36B-140">{t('entries.title')}</h1>
      {consultation.isPending && <Loading />}
      {consultation.isError && <LoadError onRetry={() => void consultation.refetch()} />}
      {consultation.data && (
        <>
          <p className="text-std-18B-160">{consultation.data.title}</p>
          <p>
            {t('entries.statusNow', { status: consultation.data.status?.label })}{' '}
            {t('entries.period', { from: consultation.data.period?.firstDay?.label, to: consultation.data.period?.lastDay?.label })}
          </p>
          <StaffEntryForm consultation={consultation.data} onConflict={() => consultation.refetch()} />
        </>
      )}
    </div>
  );
}
