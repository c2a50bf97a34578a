import '@/features/council/i18n';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadError, Loading } from '@/components/ui/status';
import { type MeetingSummary, useMeetings } from '@/features/council/api/council';
import { CouncilNav } from '@/features/council/components/council-nav';
import { DateText } from '@/features/council/components/date';
import { usePageTitle } from '@/lib/use-page-title';
import { fiscalYearWithSeireki } from '@/lib/wareki';

/** Meetings grouped by fiscal year, the newest year first; within a year in date order. */
function byYear(meetings: MeetingSummary[]): [number, string | undefined, MeetingSummary[]][] {
  const years = new Map<number, MeetingSummary[]>();
  for (const m of meetings) {
    const y = m.fiscalYear?.year ?? 0;
    years.set(y, [...(years.get(y) ?? []), m]);
  }
  const when = (m: MeetingSummary) => m.heldOn?.date ?? m.planned?.date ?? '';
  return [...years]
    .sort(([a], [b]) => b - a)
    .map(([y, ms]) => [y, ms[0]?.fiscalYear?.label, [...ms].sort((a, b) => when(a).localeCompare(when(b)))]);
}

export default function MeetingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('council.meetings'));
  const meetings = useMeetings();
  return (
    <div className="space-y-8">
      <h1 className="text-std-28B-150 md:text-std-36B-140">{t('council.meetings')}</h1>
      <CouncilNav />
      {meetings.isPending && <Loading />}
      {meetings.isError && <LoadError onRetry={() => void meetings.refetch()} />}
      {meetings.data?.items?.length === 0 && <p>{t('council.noMeetings')}</p>}
      {meetings.data && byYear(meetings.data.items ?? []).map(([year, label, list]) => (
        <section key={year} aria-labelledby={`fy-${year}`} className="space-y-3">
          <h2 id={`fy-${year}`} className="text-std-24B-150">{fiscalYearWithSeireki(year, label)}</h2>
          <ol className="space-y-3">
            {list.map((m) => (
              <li key={m.id} className="rounded-8 border border-solid-gray-420 p-4">
                <p className="text-std-18B-160">
                  <Link to={`/council/meetings/${m.id}`} lang="ja">{m.title}</Link>
                  <span className="ml-2 inline-block rounded-4 border border-solid-gray-600 px-2 text-std-16N-170">
                    {t(`council.status.${m.status}`, { defaultValue: m.status })}
                  </span>
                </p>
                <p>
                  <span className="font-bold">{m.heldOn ? t('council.heldOn') : t('council.plannedOn')}: </span>
                  <DateText value={m.heldOn ?? m.planned} />
                </p>
                {m.theme && <p lang="ja">{m.theme}</p>}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
