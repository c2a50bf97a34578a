package kyoso.meeting.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import kyoso.kit.problem.ProblemException;
import kyoso.meeting.domain.AdvisorAppointment.Advisor;
import kyoso.meeting.domain.AdvisorAppointment.AdvisorRole;
import kyoso.meeting.domain.Commands.AppointmentCommand;
import kyoso.meeting.domain.Commands.CohortCommand;
import kyoso.meeting.domain.Commands.IssueCommand;
import kyoso.meeting.domain.Commands.TeamCommand;
import kyoso.meeting.domain.LeaderCohort.Presentation;
import kyoso.meeting.persistence.BodyRepository;
import kyoso.meeting.persistence.ProgramRepository;

/** Staff edits of advisor appointments, leader cohorts, project teams and their issues. Logged. */
@ApplicationScoped
@Transactional
public class ProgramEditor {

    private static final String TEAM_BODY = "dx-project-team";

    private final ProgramRepository programs;
    private final BodyRepository bodies;
    private final ChangeLog changes;

    ProgramEditor(ProgramRepository programs, BodyRepository bodies, ChangeLog changes) {
        this.programs = programs;
        this.bodies = bodies;
        this.changes = changes;
    }

    public AdvisorAppointment createAppointment(AppointmentCommand c) {
        AdvisorAppointment a = new AdvisorAppointment();
        apply(a, c);
        a.persist();
        changes.record("create", "advisor-appointment", a.id, a.title + " " + a.appointedOn);
        return a;
    }

    public AdvisorAppointment updateAppointment(long id, AppointmentCommand c) {
        AdvisorAppointment a = programs.appointment(id).orElseThrow(() -> ProblemException.notFound("advisor-appointment", id));
        Edits.expectVersion(c.lockVersion(), a.lockVersion, "選任");
        apply(a, c);
        a.getEntityManager().flush();
        changes.record("update", "advisor-appointment", a.id, a.title + " " + a.appointedOn);
        return a;
    }

    public LeaderCohort createCohort(CohortCommand c) {
        LeaderCohort cohort = new LeaderCohort();
        apply(cohort, c);
        cohort.persist();
        changes.record("create", "leader-cohort", cohort.id, cohort.programName + " " + cohort.fiscalYear);
        return cohort;
    }

    public LeaderCohort updateCohort(long id, CohortCommand c) {
        LeaderCohort cohort = programs.cohort(id).orElseThrow(() -> ProblemException.notFound("leader-cohort", id));
        Edits.expectVersion(c.lockVersion(), cohort.lockVersion, "研修");
        apply(cohort, c);
        cohort.getEntityManager().flush();
        changes.record("update", "leader-cohort", cohort.id, cohort.programName + " " + cohort.fiscalYear);
        return cohort;
    }

    public ProjectTeam createTeam(TeamCommand c) {
        ProjectTeam team = new ProjectTeam();
        team.organization = bodies.organization(TEAM_BODY)
                .orElseThrow(() -> ProblemException.conflict("庁内DXプロジェクトチームの会議体がありません。 / The team body is missing."));
        apply(team, c);
        team.persist();
        changes.record("create", "project-team", team.id, team.name);
        return team;
    }

    public ProjectTeam updateTeam(long id, TeamCommand c) {
        ProjectTeam team = team(id);
        Edits.expectVersion(c.lockVersion(), team.lockVersion, "チーム");
        apply(team, c);
        changes.record("update", "project-team", team.id, team.name);
        return team;
    }

    public ProjectIssue addIssue(long teamId, IssueCommand c) {
        ProjectTeam team = team(teamId);
        ProjectIssue issue = new ProjectIssue();
        issue.team = team;
        apply(issue, c);
        issue.persist();
        changes.record("create", "project-issue", issue.id, team.name + " " + issue.number + " " + issue.title);
        return issue;
    }

    public ProjectIssue updateIssue(long teamId, long issueId, IssueCommand c) {
        ProjectIssue issue = issue(teamId, issueId);
        Edits.expectVersion(c.lockVersion(), issue.lockVersion, "課題");
        apply(issue, c);
        changes.record("update", "project-issue", issue.id, issue.team.name + " " + issue.number + " " + issue.title);
        return issue;
    }

    /** An issue a later issue builds on stays: removing it would cut that link. */
    public void deleteIssue(long teamId, long issueId) {
        ProjectIssue issue = issue(teamId, issueId);
        if (ProjectIssue.count("extendsIssue", issue) > 0) {
            throw ProblemException.conflict("この課題を機能向上の元とする課題があるため削除できません。 / A later issue extends this one.");
        }
        changes.record("delete", "project-issue", issue.id, issue.team.name + " " + issue.number + " " + issue.title);
        issue.team.issues.remove(issue);
        issue.delete();
    }

    public ScheduleEntry createScheduleEntry(Commands.ScheduleCommand c) {
        ScheduleEntry entry = new ScheduleEntry();
        apply(entry, c);
        entry.persist();
        changes.record("create", "schedule-entry", entry.id, entry.title);
        return entry;
    }

    public ScheduleEntry updateScheduleEntry(long id, Commands.ScheduleCommand c) {
        ScheduleEntry entry = scheduleEntry(id);
        Edits.expectVersion(c.lockVersion(), entry.lockVersion, "予定");
        apply(entry, c);
        changes.record("update", "schedule-entry", entry.id, entry.title);
        return entry;
    }

    public void deleteScheduleEntry(long id) {
        ScheduleEntry entry = scheduleEntry(id);
        changes.record("delete", "schedule-entry", entry.id, entry.title);
        entry.delete();
    }

    private ScheduleEntry scheduleEntry(long id) {
        return programs.scheduleEntry(id).orElseThrow(() -> ProblemException.notFound("schedule-entry", id));
    }

    /** A step that is a meeting takes its actual date from the meeting: recording a second one could only disagree. */
    private void apply(ScheduleEntry e, Commands.ScheduleCommand c) {
        Meeting meeting = null;
        if (c.meetingId() != null) {
            meeting = Meeting.<Meeting>findByIdOptional(c.meetingId()).orElseThrow(() -> ProblemException.invalid(
                    "meetingId", "meetingId: 会議 " + c.meetingId() + " は存在しません / no such meeting"));
            if (c.actualOn() != null) {
                throw ProblemException.invalid("actualOn", "actualOn: 会議の実施日は会議の開催日から決まります / a meeting step takes its date from the meeting");
            }
        }
        Edits.inFiscalYear(c.plannedOn(), c.fiscalYear(), "plannedOn");
        e.plannedPrecision = Edits.orDefault(c.plannedPrecision(), "day");
        e.plannedOn = plannedOn(c.plannedOn(), e.plannedPrecision, c.fiscalYear());
        e.fiscalYear = c.fiscalYear();
        e.organization = c.organization() == null || c.organization().isBlank() ? null
                : bodies.organization(c.organization()).orElseThrow(() -> ProblemException.invalid(
                "organization", "organization: 会議体 '" + c.organization() + "' は存在しません / no such body"));
        e.kind = c.kind();
        e.title = c.title().strip();
        e.description = c.description();
        e.plannedNote = c.plannedNote();
        e.actualOn = c.actualOn();
        e.optional = c.optional();
        e.meeting = meeting;
        e.consultationId = c.consultationId();
        e.planKey = c.planKey();
        e.sortOrder = c.sortOrder() != null ? c.sortOrder()
                : (int) ScheduleEntry.count("fiscalYear", c.fiscalYear()) + 1;
    }

    /**
     * The day stored for what the published schedule dates less precisely, so steps sort and read alike
     * whoever sends them: a month as its first day, "within the year" as the 年度's last day (31 March).
     */
    private static LocalDate plannedOn(LocalDate sent, String precision, int fiscalYear) {
        return switch (precision) {
            case "month" -> sent == null ? null : sent.withDayOfMonth(1);
            case "fiscal-year" -> LocalDate.of(fiscalYear + 1, 3, 31);
            default -> sent;
        };
    }

    private ProjectTeam team(long id) {
        return programs.team(id).orElseThrow(() -> ProblemException.notFound("project-team", id));
    }

    private ProjectIssue issue(long teamId, long issueId) {
        return programs.issue(issueId).filter(i -> i.team.id == teamId)
                .orElseThrow(() -> ProblemException.notFound("project-issue", issueId));
    }

    private void apply(AdvisorAppointment a, AppointmentCommand c) {
        Edits.inOrder(c.appointedOn(), c.termEnd(), "termEnd");
        List<Commands.AdvisorCommand> advisors = c.advisors() == null ? List.of() : c.advisors();
        // The city publishes the number appointed and, where it lists them, every one of them.
        if (!advisors.isEmpty() && advisors.size() != c.appointedCount()) {
            throw ProblemException.invalid("advisors", "advisors: 選任数(" + c.appointedCount() + "名)と一覧の人数("
                    + advisors.size() + "名)が一致しません / the list must match appointedCount");
        }
        a.fiscalYear = c.fiscalYear();
        a.title = c.title().strip();
        a.purpose = c.purpose();
        a.appointedOn = c.appointedOn();
        a.appointedCount = c.appointedCount();
        a.termEnd = c.termEnd();
        a.renewable = c.renewable();
        a.roles.clear();
        a.advisors.clear();
        // Orphans are deleted at flush; flush now so the new rows never meet the old ones.
        if (a.id != null) {
            a.getEntityManager().flush();
        }
        List<String> roles = c.roles() == null ? List.of() : c.roles();
        for (int i = 0; i < roles.size(); i++) {
            AdvisorRole role = new AdvisorRole();
            role.appointment = a;
            role.number = i + 1;
            role.description = roles.get(i).strip();
            a.roles.add(role);
        }
        for (int i = 0; i < advisors.size(); i++) {
            Advisor advisor = new Advisor();
            advisor.appointment = a;
            advisor.department = advisors.get(i).department().strip();
            advisor.postTitle = advisors.get(i).postTitle().strip();
            advisor.sortOrder = i + 1;
            a.advisors.add(advisor);
        }
    }

    private void apply(LeaderCohort cohort, CohortCommand c) {
        if (LeaderCohort.count("fiscalYear = ?1" + (cohort.id == null ? "" : " and id <> " + cohort.id), c.fiscalYear()) > 0) {
            throw ProblemException.conflict(c.fiscalYear() + "年度の研修はすでに登録されています。 / A cohort for that fiscal year exists.");
        }
        Edits.inOrder(c.trainingStart(), c.trainingEnd(), "trainingEnd");
        Edits.inFiscalYear(c.trainingStart(), c.fiscalYear(), "trainingStart");
        Edits.inFiscalYear(c.presentationOn(), c.fiscalYear(), "presentationOn");
        if (c.cumulativeSinceFiscalYear() != null && c.cumulativeSinceFiscalYear() > c.fiscalYear()) {
            throw ProblemException.invalid("cumulativeSinceFiscalYear", "cumulativeSinceFiscalYear: 当該年度以前の年度を入力してください / must not be after fiscalYear");
        }
        if (c.cumulativeCount() != null && c.traineeCount() != null && c.cumulativeCount() < c.traineeCount()) {
            throw ProblemException.invalid("cumulativeCount", "cumulativeCount: 累計は当該年度の受講者数以上です / must be at least traineeCount");
        }
        cohort.fiscalYear = c.fiscalYear();
        cohort.programName = c.programName().strip();
        cohort.traineeCount = c.traineeCount();
        cohort.trainingStart = c.trainingStart();
        cohort.trainingEnd = c.trainingEnd();
        cohort.presentationOn = c.presentationOn();
        cohort.cumulativeSinceFiscalYear = c.cumulativeSinceFiscalYear();
        cohort.cumulativeCount = c.cumulativeCount();
        cohort.presentations.clear();
        if (cohort.id != null) {
            cohort.getEntityManager().flush();
        }
        List<String> titles = c.presentations() == null ? List.of() : c.presentations();
        for (int i = 0; i < titles.size(); i++) {
            Presentation p = new Presentation();
            p.cohort = cohort;
            p.number = i + 1;
            p.title = titles.get(i).strip();
            cohort.presentations.add(p);
        }
    }

    private void apply(ProjectTeam team, TeamCommand c) {
        if (ProjectTeam.count("fiscalYear = ?1" + (team.id == null ? "" : " and id <> " + team.id), c.fiscalYear()) > 0) {
            throw ProblemException.conflict(c.fiscalYear() + "年度のチームはすでに登録されています。 / A team for that fiscal year exists.");
        }
        Edits.inOrder(c.periodStart(), c.periodEnd(), "periodEnd");
        Edits.inFiscalYear(c.periodStart(), c.fiscalYear(), "periodStart");
        team.fiscalYear = c.fiscalYear();
        team.name = c.name().strip();
        team.purpose = c.purpose();
        team.periodStart = c.periodStart();
        team.periodEnd = c.periodEnd();
        team.participantCount = c.participantCount();
        team.participantsDrawnFrom = c.participantsDrawnFrom();
        team.note = c.note();
    }

    private void apply(ProjectIssue issue, IssueCommand c) {
        int number = c.number() != null ? c.number()
                : ProjectIssue.<ProjectIssue>list("team", issue.team).stream().mapToInt(i -> i.number).max().orElse(0) + 1;
        if (ProjectIssue.count("team = ?1 and number = ?2" + (issue.id == null ? "" : " and id <> " + issue.id),
                issue.team, number) > 0) {
            throw ProblemException.conflict("課題番号 " + number + " はこのチームですでに使われています。 / Issue number taken.");
        }
        ProjectIssue extended = null;
        if (c.extendsIssueId() != null) {
            extended = programs.issue(c.extendsIssueId()).orElseThrow(() -> ProblemException.invalid("extendsIssueId",
                    "extendsIssueId: 課題 " + c.extendsIssueId() + " は存在しません / no such issue"));
            if (extended.team.fiscalYear >= issue.team.fiscalYear) {
                throw ProblemException.invalid("extendsIssueId", "extendsIssueId: 前年度以前の課題を指定してください / must be an earlier year's issue");
            }
        }
        issue.number = number;
        issue.title = c.title().strip();
        issue.extendsIssue = extended;
        issue.extensionNote = c.extensionNote();
    }
}
