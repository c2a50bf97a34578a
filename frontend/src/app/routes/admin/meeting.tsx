import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadError, Loading } from '@/components/ui/status';
import { RequireRole } from '@/features/auth/components/require-role';
import { DateText } from '@/features/council/components/date';
import { useCancelMeeting, useMeeting } from '@/features/meeting-records/api/meetings';
import { AgendaEditor } from '@/features/meeting-records/components/agenda-editor';
import { DocumentsPanel } from '@/features/meeting-records/components/documents-panel';
import { MeetingForm } from '@/features/meeting-records/components/meeting-form';
import { SummaryForm } from '@/features/meeting-records/components/summary-form';
import { useOpenForm } from '@/features/meeting-records/lib/use-open-form';
import { Notice } from '@/features/plan-editing/components/notice';
import { usePageTitle } from '@/lib/use-page-title';

export default function AdminMeetingPage() {
  return (
    <RequireRole role="meeting-secretary">
      <Meeting />
    </RequireRole>
  );
}

type Section = 'details' | 'agenda' | 'summary';

/**
 * One meeting: its particulars, agenda, documents and summary, each saved on its own. Every save
 * changes the meeting's lockVersion, so each form is rendered anew from the stored meeting; a
 * draft typed before (kept through a sign-in) comes back and meets a 409 if the meeting moved on.
 */
function Meeting() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const meeting = useMeeting(id);
  const cancel = useCancelMeeting(id);
  const details = useOpenForm('edit');
  const editing = details.value === 'details';
  const [notice, setNotice] = useState<{ section: Section | 'cancel'; text: string }>();
  usePageTitle(meeting.data?.title ?? t('admin.nav.meetings'));
  const m = meeting.data;
  const saved = (section: Section, text: string) => () => setNotice({ section, text });
  const noticeOf = (section: Section | 'cancel') => (notice?.section === section ? notice.text : undefined);
  return (
    <div className="max-w-4xl space-y-8">
      <p><Link to="/admin/meetings">{t('meetings.backToList')}</Link></p>
      <h1 className="text-std-28B-150 md:text-std-36B-140">{m?.title ?? t('admin.nav.meetings')}</h1>
      {meeting.isPending && <Loading />}
      {meeting.isError && <LoadError onRetry={() => void meeting.refetch()} />}
      {m && (
        <>
          <p><Link to={`/council/meetings/${m.id}`}>{t('secretary.meeting.publicPage')}</Link></p>
          <section aria-labelledby="details-h" className="space-y-4">
            <h2 id="details-h" className="text-std-24B-150">{t('secretary.meeting.details')}</h2>
            <Notice text={noticeOf('details') ?? noticeOf('cancel')} />
            {editing ? (
              <MeetingForm key={m.lockVersion} meeting={m} onDone={(done) => {
                details.close();
                if (done) setNotice({ section: 'details', text: t('secretary.meeting.saved') });
              }} />
            ) : (
              <>
                <dl className="divide-y divide-solid-gray-200 rounded-8 border border-solid-gray-420">
                  {([
                    [t('meetings.organization'), m.organization?.name],
                    [t('meetings.fiscalYear'), m.fiscalYear && `${m.fiscalYear.label}（${m.fiscalYear.year}年度）`],
                    [t('secretary.meeting.fields.number'), m.number && t('secretary.meeting.numberLabel', { number: m.number })],
                    [t('meetings.state'), t(`meetings.status.${m.status}`, { defaultValue: m.status })],
                    [t('secretary.meeting.fields.plannedOn'), m.planned && (m.planned.precision === 'day' ? <DateText value={m.planned} /> : m.planned.label)],
                    [t('secretary.meeting.fields.heldOn'), m.heldOn && <DateText value={m.heldOn} />],
                    [t('meetings.location'), m.location],
                    [t('meetings.theme'), m.theme],
                  ] as const).filter(([, v]) => v).map(([k, v]) => (
                    <div key={k} className="grid gap-1 p-3 sm:grid-cols-[10rem_1fr]">
                      <dt className="font-bold">{k}</dt>
                      <dd>{v}</dd>
                    </div>
                  ))}
                </dl>
                <div className="flex flex-wrap gap-3">
                  <button type="button" className="btn-secondary" onClick={() => { details.open('details'); setNotice(undefined); }}>{t('secretary.meeting.edit')}</button>
                  {m.status === 'planned' && (
                    <button type="button" className="btn-secondary" disabled={cancel.isPending} aria-busy={cancel.isPending}
                      onClick={() => void cancel.mutateAsync(undefined).then(
                        () => setNotice({ section: 'cancel', text: t('secretary.meeting.cancelled') }),
                        () => setNotice({ section: 'cancel', text: t('secretary.meeting.cancelFailed') }))}>
                      {t('secretary.meeting.cancel')}
                    </button>
                  )}
                </div>
              </>
            )}
          </section>
          <AgendaEditor key={`agenda-${m.lockVersion}`} meeting={m} notice={noticeOf('agenda')} onSaved={saved('agenda', t('secretary.agenda.saved'))} />
          <DocumentsPanel meeting={m} />
          <SummaryForm key={`summary-${m.lockVersion}`} meeting={m} notice={noticeOf('summary')} onSaved={saved('summary', t('meetings.summarySaved'))} />
        </>
      )}
    </div>
  );
}
