package kyoso.meeting.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import kyoso.meeting.domain.AdvisorAppointment;
import kyoso.meeting.domain.LeaderCohort;
import kyoso.meeting.domain.ProjectIssue;
import kyoso.meeting.domain.ProjectTeam;
import kyoso.meeting.domain.ScheduleEntry;

/** Queries over the schedule, advisor appointments, leader cohorts and project teams. */
@ApplicationScoped
public class ProgramRepository {

    public List<ScheduleEntry> schedule(Integer fiscalYear) {
        String order = " order by e.fiscalYear, e.plannedOn nulls last, e.sortOrder, e.id";
        return fiscalYear == null
                ? ScheduleEntry.list("from ScheduleEntry e left join fetch e.meeting left join fetch e.organization" + order)
                : ScheduleEntry.list("from ScheduleEntry e left join fetch e.meeting left join fetch e.organization "
                        + "where e.fiscalYear = ?1" + order, fiscalYear);
    }

    public Optional<ScheduleEntry> scheduleEntry(long id) {
        return ScheduleEntry.find("from ScheduleEntry e left join fetch e.meeting left join fetch e.organization where e.id = ?1", id)
                .firstResultOptional();
    }

    public List<AdvisorAppointment> appointments(Integer fiscalYear) {
        return fiscalYear == null
                ? AdvisorAppointment.list("order by appointedOn, id")
                : AdvisorAppointment.list("fiscalYear = ?1 order by appointedOn, id", fiscalYear);
    }

    public Optional<AdvisorAppointment> appointment(long id) {
        return AdvisorAppointment.findByIdOptional(id);
    }

    public List<LeaderCohort> cohorts(Integer fiscalYear) {
        return fiscalYear == null
                ? LeaderCohort.list("order by fiscalYear")
                : LeaderCohort.list("fiscalYear = ?1 order by fiscalYear", fiscalYear);
    }

    public Optional<LeaderCohort> cohort(long id) {
        return LeaderCohort.findByIdOptional(id);
    }

    public List<ProjectTeam> teams(Integer fiscalYear) {
        return fiscalYear == null
                ? ProjectTeam.list("from ProjectTeam t join fetch t.organization order by t.fiscalYear")
                : ProjectTeam.list("from ProjectTeam t join fetch t.organization where t.fiscalYear = ?1", fiscalYear);
    }

    public Optional<ProjectTeam> team(long id) {
        return ProjectTeam.find("from ProjectTeam t join fetch t.organization where t.id = ?1", id).firstResultOptional();
    }

    public Optional<ProjectIssue> issue(long id) {
        return ProjectIssue.find("from ProjectIssue i join fetch i.team where i.id = ?1", id).firstResultOptional();
    }
}
