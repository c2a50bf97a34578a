import '@/features/council/i18n';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadError, Loading } from '@/components/ui/status';
import { RequireRole } from '@/features/auth/components/require-role';
import { DateText } from '@/features/council/components/date';
import { useAppointments, useCohorts, useTeams } from '@/features/meeting-records/api/programs';
import { AppointmentForm, CohortForm, TeamForm } from '@/features/meeting-records/components/program-forms';
import { RecordList } from '@/features/meeting-records/components/record-list';
import { TeamIssues } from '@/features/meeting-records/components/team-issues';
import { usePageTitle } from '@/lib/use-page-title';

/** DX advisors, the leader-training cohorts and the in-house project teams with their issues. */
export default function AdminProgramsPage() {
  return (
    <RequireRole role="meeting-secretary">
      <Programs />
    </RequireRole>
  );
}

function Programs() {
  const { t } = useTranslation();
  usePageTitle(t('admin.nav.programs'));
  const appointments = useAppointments();
  const cohorts = useCohorts();
  const teams = useTeams();
  const queries = [appointments, cohorts, teams];
  return (
    <div className="max-w-4xl space-y-10">
      <h1 className="text-std-28B-150 md:text-std-36B-140">{t('admin.nav.programs')}</h1>
      <p>{t('secretary.programsLead')} <Link to="/council/people">{t('secretary.programsPublic')}</Link></p>
      {queries.some((q) => q.isPending) && <Loading />}
      {queries.some((q) => q.isError) && <LoadError onRetry={() => queries.forEach((q) => void q.refetch())} />}
      <RecordList id="advisors" title={t('council.advisors')} records={appointments.data} nameOf={(a) => a.title ?? ''}
        addLabel={t('secretary.appointment.new')} empty={t('secretary.nothingYet')}
        view={(a) => (
          <>
            <h3 className="text-std-18B-160">{a.fiscalYear?.label} {a.title}</h3>
            <p><DateText value={a.appointedOn} />・{t('council.people', { count: a.appointedCount })}</p>
          </>
        )}
        form={(a, done) => <AppointmentForm appointment={a} onDone={done} />} />
      <RecordList id="leaders" title={t('council.leaders')} records={cohorts.data} nameOf={(c) => `${c.fiscalYear?.label} ${c.programName}`}
        addLabel={t('secretary.cohort.new')} empty={t('secretary.nothingYet')}
        view={(c) => (
          <>
            <h3 className="text-std-18B-160">{c.fiscalYear?.label} {c.programName}</h3>
            <p>{t('council.trainees')}: {t('council.people', { count: c.traineeCount })}</p>
            {c.presentationOn && <p>{t('council.presentationOn')}: <DateText value={c.presentationOn} /></p>}
            {(c.presentations ?? []).length > 0 && <ol className="list-decimal pl-6">{c.presentations!.map((p) => <li key={p.id}>{p.title}</li>)}</ol>}
          </>
        )}
        form={(c, done) => <CohortForm cohort={c} onDone={done} />} />
      <RecordList id="teams" title={t('council.projectTeams')} records={teams.data} nameOf={(x) => x.name ?? ''}
        addLabel={t('secretary.team.new')} empty={t('secretary.nothingYet')}
        view={(x) => (
          <>
            <h3 className="text-std-18B-160">{x.fiscalYear?.label} {x.name}</h3>
            {x.purpose && <p>{x.purpose}</p>}
          </>
        )}
        below={(x) => <TeamIssues team={x} teams={teams.data ?? []} />}
        form={(x, done) => <TeamForm team={x} onDone={done} />} />
    </div>
  );
}
