import '@/features/council/i18n';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadError, Loading } from '@/components/ui/status';
import { type ScheduleEntry, useSchedule } from '@/features/council/api/council';
import { CouncilNav } from '@/features/council/components/council-nav';
import { DateText } from '@/features/council/components/date';
import { usePageTitle } from '@/lib/use-page-title';
import { fiscalYearWithSeireki } from '@/lib/wareki';

const when = (e: ScheduleEntry) => e.actual?.date ?? e.planned?.date ?? '';

/**
 * The fiscal year as a timeline: each step with what was planned (as precisely as the plan said:
 * a day, a month, "within the year") and what actually happened, so a delay is plain to see.
 */
export default function SchedulePage() {
  const { t } = useTranslation();
  usePageTitle(t('council.schedule'));
  const schedule = useSchedule();
  const years = new Map<number, ScheduleEntry[]>();
  for (const e of schedule.data ?? []) years.set(e.fiscalYear?.year ?? 0, [...(years.get(e.fiscalYear?.year ?? 0) ?? []), e]);
  return (
    <div className="space-y-8">
      <h1 className="text-std-28B-150 md:text-std-36B-140">{t('council.schedule')}</h1>
      <CouncilNav />
      <p>{t('council.scheduleLead')}</p>
      {schedule.isPending && <Loading />}
      {schedule.isError && <LoadError onRetry={() => void schedule.refetch()} />}
      {[...years].sort(([a], [b]) => b - a).map(([year, entries]) => (
        <section key={year} aria-labelledby={`sched-${year}`} className="space-y-4">
          <h2 id={`sched-${year}`} className="text-std-24B-150">{fiscalYearWithSeireki(year, entries[0]?.fiscalYear?.label)}</h2>
          <ol className="relative space-y-6 border-l-4 border-blue-200 pl-6">
            {[...entries].sort((a, b) => when(a).localeCompare(when(b))).map((e) => {
              const done = !!e.actual;
              return (
                <li key={e.id} className="relative">
                  <span aria-hidden="true"
                    className={`absolute -left-[2.05rem] top-1 size-4 rounded-full border-4 ${done ? 'border-blue-900 bg-blue-900' : 'border-blue-900 bg-white'}`} />
                  <p className="text-std-18B-160">
                    <span lang="ja">{e.title}</span>
                    <span className={`ml-2 inline-block rounded-4 px-2 text-std-16N-170 ${done ? 'bg-blue-900 text-white' : 'border border-solid-gray-600'}`}>
                      {t(`council.scheduleStatus.${e.status}`, { defaultValue: e.status })}
                    </span>
                    {e.optional && <span className="ml-2 text-std-16N-170">（{t('council.optional')}）</span>}
                  </p>
                  {e.description && <p lang="ja">{e.description}</p>}
                  <dl className="mt-1 grid grid-cols-[5rem_1fr] gap-x-2 text-std-16N-170">
                    <dt className="font-bold">{t('council.planned')}</dt>
                    <dd>{e.planned?.precision === 'day' ? <DateText value={e.planned} /> : <span lang="ja">{e.planned?.label}</span>}</dd>
                    {e.actual && (<><dt className="font-bold">{t('council.actual')}</dt><dd><DateText value={e.actual} /></dd></>)}
                  </dl>
                  <p className="flex flex-wrap gap-x-4">
                    {e.meeting?.id && <Link to={`/council/meetings/${e.meeting.id}`} lang="ja">{e.meeting.title}</Link>}
                    {e.consultation?.id && <Link to={`/consultations/${e.consultation.id}`}>{t('council.relatedConsultation')}</Link>}
                  </p>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
