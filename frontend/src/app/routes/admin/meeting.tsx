import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadError, Loading } from '@/components/ui/status';
import { RequireRole } from '@/features/auth/components/require-role';
import { useMeeting } from '@/features/meeting-records/api/meetings';
import { SummaryForm } from '@/features/meeting-records/components/summary-form';
import { usePageTitle } from '@/lib/use-page-title';

export default function AdminMeetingPage() {
  return (
    <RequireRole role="meeting-secretary">
      <Meeting />
    </RequireRole>
  );
}

function Meeting() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const meeting = useMeeting(id);
  usePageTitle(meeting.data?.title ?? t('admin.nav.meetings'));
  const m = meeting.data;
  return (
    <div className="max-w-3xl space-y-6">
      <p><Link to="/admin/meetings">{t('meetings.backToList')}</Link></p>
      <h1 className="text-std-28B-150 md:text-std-36B-140">{m?.title ?? t('admin.nav.meetings')}</h1>
      {meeting.isPending && <Loading />}
      {meeting.isError && <LoadError onRetry={() => void meeting.refetch()} />}
      {m && (
        <>
          <dl className="divide-y divide-solid-gray-200 rounded-8 border border-solid-gray-420">
            {[
              [t('meetings.organization'), m.organization?.name],
              [t('meetings.fiscalYear'), m.fiscalYear?.label],
              [t('meetings.state'), t(`meetings.status.${m.status}`, { defaultValue: m.status })],
              [t('meetings.date'), m.heldOn?.label ?? m.planned?.label],
              [t('meetings.location'), m.location],
              [t('meetings.theme'), m.theme],
            ].filter(([, v]) => v).map(([k, v]) => (
              <div key={k} className="grid gap-1 p-3 sm:grid-cols-[10rem_1fr]">
                <dt className="font-bold">{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>
          <SummaryForm key={m.id} meeting={m} />
        </>
      )}
    </div>
  );
}
