import '@/features/council/i18n';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '@/components/ui/status';
import { useAdvisorAppointments, useLeaderCohorts, useProjectTeams } from '@/features/council/api/council';
import { CouncilNav } from '@/features/council/components/council-nav';
import { DateText } from '@/features/council/components/date';
import { usePageTitle } from '@/lib/use-page-title';
import { fiscalYearWithSeireki } from '@/lib/wareki';

// recharts is large: it loads only when the chart is on screen.
const CumulativeChart = lazy(() => import('@/features/council/components/cumulative-chart').then((m) => ({ default: m.CumulativeChart })));

const circled = (n?: number) => (n && n >= 1 && n <= 20 ? String.fromCodePoint(0x245f + n) : String(n ?? ''));

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1 py-2 sm:grid-cols-[10rem_1fr]">
      <dt className="font-bold">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export default function CouncilPeoplePage() {
  const { t } = useTranslation();
  usePageTitle(t('council.navPeople'));
  const advisors = useAdvisorAppointments();
  const cohorts = useLeaderCohorts();
  const teams = useProjectTeams();
  return (
    <div className="space-y-10">
      <h1 className="text-std-28B-150 md:text-std-36B-140">{t('council.navPeople')}</h1>
      <CouncilNav />

      <section id="advisors" aria-labelledby="advisors-h" className="scroll-mt-4 space-y-4">
        <h2 id="advisors-h" className="text-std-24B-150">{t('council.advisors')}</h2>
        {advisors.isPending && <Loading />}
        {advisors.isError && <LoadError onRetry={() => void advisors.refetch()} />}
        {advisors.data?.map((a) => (
          <article key={a.id} className="space-y-3 rounded-8 border border-solid-gray-420 p-4">
            <h3 className="text-std-20B-150">{fiscalYearWithSeireki(a.fiscalYear?.year ?? 0, a.fiscalYear?.label)} <span lang="ja">{a.title}</span></h3>
            {a.purpose && <p lang="ja">{a.purpose}</p>}
            <dl className="divide-y divide-solid-gray-200">
              <Row label={t('council.appointedOn')}><DateText value={a.appointedOn} /></Row>
              <Row label={t('council.roles')}>
                <ol lang="ja">{a.roles?.map((r) => <li key={r.number}>{circled(r.number)} {r.description}</li>)}</ol>
              </Row>
              <Row label={t('council.appointed')}>{t('council.people', { count: a.appointedCount })}</Row>
              <Row label={t('council.term')}>
                {t('council.untilBefore')}<DateText value={a.termEnd} />{t('council.untilAfter')}
                {a.renewable && t('council.renewable')}
              </Row>
            </dl>
            {a.advisors && a.advisors.length > 0 && (
              <div className="overflow-x-auto">
                <table className="w-full border-collapse text-left">
                  <thead>
                    <tr className="border-b-2 border-solid-gray-600">
                      <th scope="col" className="p-2">{t('council.advisorDepartment')}</th>
                      <th scope="col" className="p-2">{t('council.advisorPost')}</th>
                    </tr>
                  </thead>
                  <tbody lang="ja">
                    {a.advisors.map((x) => (
                      <tr key={x.id} className="border-b border-solid-gray-200"><td className="p-2">{x.department}</td><td className="p-2">{x.postTitle}</td></tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </article>
        ))}
      </section>

      <section id="leaders" aria-labelledby="leaders-h" className="scroll-mt-4 space-y-4">
        <h2 id="leaders-h" className="text-std-24B-150">{t('council.leaders')}</h2>
        {cohorts.isPending && <Loading />}
        {cohorts.isError && <LoadError onRetry={() => void cohorts.refetch()} />}
        {cohorts.data && cohorts.data.length > 0 && (
          <figure aria-labelledby="chart-h" aria-describedby="chart-desc" className="space-y-2 rounded-8 border border-solid-gray-420 p-4">
            <figcaption>
              <h3 id="chart-h" className="text-std-20B-150">{t('council.cumulativeChart')}</h3>
              <p id="chart-desc" className="text-std-16N-170 text-solid-gray-700">{t('council.cumulativeChartDesc')}</p>
            </figcaption>
            <Suspense fallback={<Loading />}><CumulativeChart cohorts={cohorts.data} /></Suspense>
            <div className="overflow-x-auto">
              <table className="w-full border-collapse text-left">
                <thead>
                  <tr className="border-b-2 border-solid-gray-600">
                    <th scope="col" className="p-2">{t('council.fiscalYear')}</th>
                    <th scope="col" className="p-2">{t('council.traineesPerYear')}</th>
                    <th scope="col" className="p-2">{t('council.cumulativeCount')}</th>
                  </tr>
                </thead>
                <tbody>
                  {cohorts.data.map((c) => (
                    <tr key={c.id} className="border-b border-solid-gray-200">
                      <th scope="row" className="p-2">{fiscalYearWithSeireki(c.fiscalYear?.year ?? 0, c.fiscalYear?.label)}</th>
                      <td className="p-2">{t('council.people', { count: c.traineeCount })}</td>
                      <td className="p-2">
                        {t('council.people', { count: c.cumulative?.count })}
                        {c.cumulative?.since && <>（{t('council.cumulative', { since: fiscalYearWithSeireki(c.cumulative.since.year ?? 0, c.cumulative.since.label) })}）</>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </figure>
        )}
        {cohorts.data?.map((c) => (
          <article key={c.id} className="space-y-3 rounded-8 border border-solid-gray-420 p-4">
            <h3 className="text-std-20B-150">{fiscalYearWithSeireki(c.fiscalYear?.year ?? 0, c.fiscalYear?.label)} <span lang="ja">{c.programName}</span></h3>
            <dl className="divide-y divide-solid-gray-200">
              <Row label={t('council.trainees')}>{t('council.people', { count: c.traineeCount })}</Row>
              <Row label={t('council.trainingPeriod')}><DateText value={c.trainingPeriod?.start} /> ～ <DateText value={c.trainingPeriod?.end} /></Row>
              <Row label={t('council.presentationOn')}><DateText value={c.presentationOn} /></Row>
              <Row label={t('council.presentations')}>
                <ol lang="ja">{c.presentations?.map((p) => <li key={p.id}>{circled(p.number)} {p.title}</li>)}</ol>
              </Row>
            </dl>
          </article>
        ))}
      </section>

      <section id="teams" aria-labelledby="teams-h" className="scroll-mt-4 space-y-4">
        <h2 id="teams-h" className="text-std-24B-150">{t('council.projectTeams')}</h2>
        {teams.isPending && <Loading />}
        {teams.isError && <LoadError onRetry={() => void teams.refetch()} />}
        {teams.data && [...teams.data].sort((a, b) => (b.fiscalYear?.year ?? 0) - (a.fiscalYear?.year ?? 0)).map((team) => (
          <article key={team.id} className="space-y-3 rounded-8 border border-solid-gray-420 p-4">
            <h3 className="text-std-20B-150" lang="ja">{team.name}</h3>
            {team.purpose && <p lang="ja">{team.purpose}</p>}
            {team.note && <p lang="ja" className="text-std-16N-170 text-solid-gray-700">{team.note}</p>}
            <dl className="divide-y divide-solid-gray-200">
              {team.period && <Row label={t('council.activityPeriod')}><DateText value={team.period.start} /> ～ <DateText value={team.period.end} /></Row>}
              {team.participantCount != null && (
                <Row label={t('council.participants')}>
                  {t('council.people', { count: team.participantCount })}
                  {team.participantsDrawnFrom && <span lang="ja">（{team.participantsDrawnFrom}）</span>}
                </Row>
              )}
              <Row label={t('council.issues')}>
                <ol lang="ja">
                  {team.issues?.map((i) => (
                    <li key={i.id}>
                      {circled(i.number)} {i.title}
                      {i.extendsIssue && t('council.extends', { label: `${i.extendsIssue.fiscalYear?.label ?? ''}${circled(i.extendsIssue.number)}` })}
                    </li>
                  ))}
                </ol>
              </Row>
            </dl>
          </article>
        ))}
      </section>
    </div>
  );
}
