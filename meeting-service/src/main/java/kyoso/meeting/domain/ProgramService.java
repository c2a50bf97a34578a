package kyoso.meeting.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import kyoso.kit.problem.ProblemException;
import kyoso.meeting.persistence.ProgramRepository;

/** Reading the fiscal-year schedule, DX advisor appointments, leader cohorts and project teams. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProgramService {

    private final ProgramRepository repository;

    ProgramService(ProgramRepository repository) {
        this.repository = repository;
    }

    public List<ScheduleEntry> schedule(Integer fiscalYear) {
        return repository.schedule(fiscalYear);
    }

    public ScheduleEntry scheduleEntry(long id) {
        return repository.scheduleEntry(id).orElseThrow(() -> ProblemException.notFound("schedule-entry", id));
    }

    public List<AdvisorAppointment> appointments(Integer fiscalYear) {
        return repository.appointments(fiscalYear);
    }

    public AdvisorAppointment appointment(long id) {
        return repository.appointment(id).orElseThrow(() -> ProblemException.notFound("advisor-appointment", id));
    }

    public List<LeaderCohort> cohorts(Integer fiscalYear) {
        return repository.cohorts(fiscalYear);
    }

    public LeaderCohort cohort(long id) {
        return repository.cohort(id).orElseThrow(() -> ProblemException.notFound("leader-cohort", id));
    }

    public List<ProjectTeam> teams(Integer fiscalYear) {
        return repository.teams(fiscalYear);
    }

    public ProjectTeam team(long id) {
        return repository.team(id).orElseThrow(() -> ProblemException.notFound("project-team", id));
    }
}
