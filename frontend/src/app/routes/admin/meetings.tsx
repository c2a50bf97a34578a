import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { LoadError, Loading } from '@/components/ui/status';
import { RequireRole } from '@/features/auth/components/require-role';
import { DateText } from '@/features/council/components/date';
import { PAGE_SIZE, useMeetings } from '@/features/meeting-records/api/meetings';
import { usePageTitle } from '@/lib/use-page-title';

/** The meeting secretary's area: the council's meetings, newest records a click away. */
export default function AdminMeetingsPage() {
  return (
    <RequireRole role="meeting-secretary">
      <Meetings />
    </RequireRole>
  );
}

function Meetings() {
  const { t } = useTranslation();
  usePageTitle(t('admin.nav.meetings'));
  const [params, setParams] = useSearchParams();
  const page = Math.max(0, Number(params.get('page') ?? 0) || 0);
  const meetings = useMeetings(page);
  const total = meetings.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return (
    <div className="space-y-6">
      <h1 className="text-std-28B-150 md:text-std-36B-140">{t('admin.nav.meetings')}</h1>
      <p>{t('meetings.lead')}</p>
      <p><Link to="/admin/meetings/new" className="btn-primary">{t('secretary.meeting.newTitle')}</Link></p>
      {meetings.isPending && <Loading />}
      {meetings.isError && <LoadError onRetry={() => void meetings.refetch()} />}
      {meetings.data && (
        <>
          <p role="status">{t('meetings.count_total', { count: total })}</p>
          <ul className="space-y-3">
            {(meetings.data.items ?? []).map((m) => (
              <li key={m.id} className="space-y-1 rounded-8 border border-solid-gray-420 p-4">
                <p className="text-std-18B-160">
                  <Link to={`/admin/meetings/${m.id}`}>{m.title}</Link>
                </p>
                <p className="text-solid-gray-700">
                  {m.organization?.name} ・ {m.fiscalYear?.label} ・ {t(`meetings.status.${m.status}`, { defaultValue: m.status })} ・{' '}
                  {m.heldOn ? <DateText value={m.heldOn} /> : m.planned?.precision === 'day' ? <DateText value={m.planned} /> : m.planned?.label}
                </p>
              </li>
            ))}
          </ul>
          {pages > 1 && (
            <nav aria-label={t('meetings.pages')} className="flex flex-wrap items-center gap-3">
              <button type="button" className="btn-secondary" disabled={page === 0} onClick={() => setParams({ page: String(page - 1) })}>{t('meetings.previous')}</button>
              <span>{t('meetings.pageOf', { page: page + 1, pages })}</span>
              <button type="button" className="btn-secondary" disabled={page + 1 >= pages} onClick={() => setParams({ page: String(page + 1) })}>{t('meetings.next')}</button>
            </nav>
          )}
        </>
      )}
    </div>
  );
}
