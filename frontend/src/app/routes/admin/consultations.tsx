import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { LoadError, Loading } from '@/components/ui/status';
import { RequireRole } from '@/features/auth/components/require-role';
import { ScheduleAction } from '@/features/moderation/components/schedule-action';
import { useConsultations } from '@/features/staff-entries/api/consultations';
import { usePageTitle } from '@/lib/use-page-title';

/** The comment moderator's area: the consultations, and where to enter opinions that came on paper. */
export default function AdminConsultationsPage() {
  return (
    <RequireRole role="comment-moderator">
      <Consultations />
    </RequireRole>
  );
}

function Consultations() {
  const { t } = useTranslation();
  usePageTitle(t('admin.nav.consultations'));
  const list = useConsultations();
  const created = (useLocation().state as { created?: string } | null)?.created;
  return (
    <div className="space-y-6">
      <h1 className="text-std-28B-150 md:text-std-36B-140">{t('admin.nav.consultations')}</h1>
      <p>{t('entries.areaLead')}</p>
      {created && <p role="status" className="rounded-8 bg-blue-50 p-4 font-bold">{t('consultationSetup.created', { title: created })}</p>}
      <p><Link to="/admin/consultations/new" className="btn-primary">{t('consultationSetup.title')}</Link></p>
      {list.isPending && <Loading />}
      {list.isError && <LoadError onRetry={() => void list.refetch()} />}
      {list.data && (
        <ul className="space-y-3">
          {list.data.map((c) => (
            <li key={c.id} className="space-y-2 rounded-8 border border-solid-gray-420 p-4">
              <p className="text-std-18B-160">{c.title}</p>
              <p>
                <span className="rounded-4 border border-solid-gray-600 px-2">{c.status?.label}</span>{' '}
                {t('entries.period', { from: c.period?.firstDay?.label, to: c.period?.lastDay?.label })}
              </p>
              <ScheduleAction id={c.id ?? ''} title={c.title ?? ''} state={c.status?.code} />
              <p>
                <Link to={`/admin/consultations/${encodeURIComponent(c.id ?? '')}/entries/new`}>{t('entries.enterLink', { title: c.title })}</Link>
              </p>
              <p>
                <Link to={`/admin/consultations/${encodeURIComponent(c.id ?? '')}/moderation`}>{t('moderation.openLink', { title: c.title })}</Link>
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
