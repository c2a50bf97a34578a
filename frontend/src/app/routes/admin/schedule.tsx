import '@/features/council/i18n';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadError, Loading } from '@/components/ui/status';
import { RequireRole } from '@/features/auth/components/require-role';
import { ActionLabel } from '@/features/plan-editing/components/action-label';
import { Notice } from '@/features/plan-editing/components/notice';
import { type ScheduleEntry, useRemoveScheduleEntry, useStaffSchedule } from '@/features/meeting-records/api/schedule';
import { useConfirmRemoval } from '@/features/meeting-records/components/confirm-removal';
import { RecordList } from '@/features/meeting-records/components/record-list';
import { ScheduleForm } from '@/features/meeting-records/components/schedule-form';
import { yearsAround } from '@/features/meeting-records/lib/years';
import { usePageTitle } from '@/lib/use-page-title';
import { fiscalYearLabel, fiscalYearWithSeireki } from '@/lib/wareki';

/** The newest 年度 first, each in its planned order, as the published schedules list their steps. */
const inOrder = (a: ScheduleEntry, b: ScheduleEntry) =>
  (b.fiscalYear?.year ?? 0) - (a.fiscalYear?.year ?? 0) || (a.order ?? 0) - (b.order ?? 0);

/** The 年間スケジュール: each 年度's steps as planned and as carried out, added, edited and removed, a section per 年度. */
export default function AdminSchedulePage() {
  return (
    <RequireRole role="meeting-secretary">
      <Schedule />
    </RequireRole>
  );
}

function Schedule() {
  const { t } = useTranslation();
  usePageTitle(t('admin.nav.schedule'));
  const schedule = useStaffSchedule();
  const remove = useRemoveScheduleEntry();
  const [removed, setRemoved] = useState<string>();
  const removal = useConfirmRemoval<ScheduleEntry>({
    question: (e) => t('secretary.confirmRemove', { name: `${e.fiscalYear?.label} ${e.title}` }), consequence: t('secretary.schedule.consequence'),
    remove: (e) => remove.mutateAsync(e.id ?? 0), pending: remove.isPending,
    onRemoved: (e) => setRemoved(t('secretary.removed', { name: `${e.fiscalYear?.label} ${e.title}` })),
  });
  const entries = [...(schedule.data ?? [])].sort(inOrder);
  // This 年度 and the next, where steps are planned, and every 年度 on record; newest first.
  const { current } = yearsAround();
  const years = [...new Set([current + 1, current, ...entries.map((e) => e.fiscalYear?.year ?? current)])].sort((a, b) => b - a);
  return (
    <div className="max-w-4xl space-y-8">
      <h1 className="text-std-28B-150 md:text-std-36B-140">{t('admin.nav.schedule')}</h1>
      <p>{t('secretary.schedule.lead')} <Link to="/council/schedule">{t('secretary.programsPublic')}</Link></p>
      <Notice text={removed} />
      {schedule.isPending && <Loading />}
      {schedule.isError && <LoadError onRetry={() => void schedule.refetch()} />}
      {schedule.data && years.map((year) => (
        <RecordList key={year} id={`steps-${year}`} title={fiscalYearWithSeireki(year)} records={entries.filter((e) => e.fiscalYear?.year === year)}
          nameOf={(e) => `${e.fiscalYear?.label} ${e.title}`} addLabel={t('secretary.schedule.newIn', { year: fiscalYearLabel(year) })}
          empty={t('secretary.nothingYet')}
          view={(e) => <StepView entry={e} />}
          actions={(e) => (
            <button type="button" className="btn-secondary" onClick={() => { setRemoved(undefined); removal.ask(e); }}>
              <ActionLabel short={t('secretary.remove')} full={t('secretary.removeFull', { name: `${e.fiscalYear?.label} ${e.title}` })} />
            </button>
          )}
          form={(e, done) => <ScheduleForm entry={e} fiscalYear={year} onDone={done} />} />
      ))}
      {removal.dialog}
    </div>
  );
}

function StepView({ entry: e }: { entry: ScheduleEntry }) {
  const { t } = useTranslation();
  return (
    <>
      <h3 className="text-std-18B-160">
        {e.order}. <span lang="ja">{e.title}</span>
        <span className="ml-2 inline-block rounded-4 border border-solid-gray-600 px-2 text-std-16N-170">
          {t(`council.scheduleStatus.${e.status}`, { defaultValue: e.status })}
        </span>
      </h3>
      <dl className="grid grid-cols-[6rem_1fr] gap-x-2 text-std-16N-170">
        <dt className="font-bold">{t('secretary.schedule.fields.kind')}</dt>
        <dd>{t(`secretary.schedule.kinds.${e.kind}`, { defaultValue: e.kind })}{e.optional && `（${t('council.optional')}）`}</dd>
        <dt className="font-bold">{t('council.planned')}</dt>
        <dd><span lang="ja">{e.planned?.label ?? '—'}</span>{e.plannedNote && `（${e.plannedNote}）`}</dd>
        <dt className="font-bold">{t('council.actual')}</dt>
        <dd>{e.actual?.label ?? '—'}</dd>
        {e.meeting?.id && (<><dt className="font-bold">{t('secretary.schedule.fields.meetingId')}</dt>
          <dd><Link to={`/admin/meetings/${e.meeting.id}`} lang="ja">{e.meeting.title}</Link></dd></>)}
      </dl>
    </>
  );
}
