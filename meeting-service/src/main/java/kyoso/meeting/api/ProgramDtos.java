package kyoso.meeting.api;

import java.util.List;
import kyoso.kit.time.DateLabel;
import kyoso.kit.time.FiscalYear;
import kyoso.meeting.api.BodyDtos.OrganizationRef;
import kyoso.meeting.api.MeetingDtos.ConsultationLink;
import kyoso.meeting.api.MeetingDtos.MeetingLink;
import kyoso.meeting.domain.AdvisorAppointment;
import kyoso.meeting.domain.LeaderCohort;
import kyoso.meeting.domain.Meeting;
import kyoso.meeting.domain.ProjectIssue;
import kyoso.meeting.domain.ProjectTeam;
import kyoso.meeting.domain.ScheduleEntry;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the public API shows of the schedule, advisors, leader cohorts and project teams. */
public final class ProgramDtos {

    private ProgramDtos() {
    }

    @Schema(name = "DatePeriod", description = "A period from start to end, each with its 和暦 label")
    public record DatePeriod(DateLabel start, DateLabel end) {
        static DatePeriod of(java.time.LocalDate start, java.time.LocalDate end) {
            return start == null && end == null ? null : new DatePeriod(DateLabel.of(start), DateLabel.of(end));
        }
    }

    @Schema(name = "ScheduleEntry", description = "One step of the fiscal year's timeline. status: done (has an actual date), planned, cancelled")
    public record ScheduleEntryView(long id, FiscalYear fiscalYear, String kind, String title, String description,
                                    OrganizationRef organization, PlannedDate planned, String plannedNote,
                                    DateLabel actual, String status, boolean optional, MeetingLink meeting,
                                    ConsultationLink consultation, String planKey, int order, int lockVersion) {
        static ScheduleEntryView of(ScheduleEntry e) {
            String status = e.meeting != null && Meeting.CANCELLED.equals(e.meeting.status) ? "cancelled"
                    : e.actualDate() != null ? "done" : "planned";
            return new ScheduleEntryView(e.id, FiscalYear.of(e.fiscalYear), e.kind, e.title, e.description,
                    OrganizationRef.of(e.organization), PlannedDate.of(e.plannedOn, e.plannedPrecision), e.plannedNote,
                    DateLabel.of(e.actualDate()), status, e.optional, MeetingLink.of(e.meeting),
                    ConsultationLink.of(e.consultationId), e.planKey, e.sortOrder, e.lockVersion);
        }
    }

    @Schema(name = "AdvisorRole")
    public record RoleView(int number, String description) {
    }

    @Schema(name = "Advisor", description = "An appointed advisor by department and post (no names are published)")
    public record AdvisorView(long id, String department, String postTitle, int order) {
    }

    @Schema(name = "AdvisorAppointment", description = "DXアドバイザーの選任: date, number, roles, term")
    public record AppointmentView(long id, FiscalYear fiscalYear, String title, String purpose, DateLabel appointedOn,
                                  int appointedCount, DateLabel termEnd, boolean renewable, List<RoleView> roles,
                                  List<AdvisorView> advisors, int lockVersion) {
        static AppointmentView of(AdvisorAppointment a) {
            return new AppointmentView(a.id, FiscalYear.of(a.fiscalYear), a.title, a.purpose, DateLabel.of(a.appointedOn),
                    a.appointedCount, DateLabel.of(a.termEnd), a.renewable,
                    a.roles.stream().map(r -> new RoleView(r.number, r.description)).toList(),
                    a.advisors.stream().map(x -> new AdvisorView(x.id, x.department, x.postTitle, x.sortOrder)).toList(),
                    a.lockVersion);
        }
    }

    @Schema(name = "Cumulative", description = "The running total the city reports, e.g. 令和3年度以降累計100名")
    public record Cumulative(FiscalYear since, int count) {
    }

    @Schema(name = "LeaderPresentation")
    public record PresentationView(long id, int number, String title) {
    }

    @Schema(name = "LeaderCohort", description = "A yearly デジタル行政推進リーダー育成研修 cohort")
    public record CohortView(long id, FiscalYear fiscalYear, String programName, Integer traineeCount,
                             DatePeriod trainingPeriod, DateLabel presentationOn, Cumulative cumulative,
                             List<PresentationView> presentations, int lockVersion) {
        static CohortView of(LeaderCohort c) {
            Cumulative cumulative = c.cumulativeCount == null ? null
                    : new Cumulative(c.cumulativeSinceFiscalYear == null ? null : FiscalYear.of(c.cumulativeSinceFiscalYear),
                    c.cumulativeCount);
            return new CohortView(c.id, FiscalYear.of(c.fiscalYear), c.programName, c.traineeCount,
                    DatePeriod.of(c.trainingStart, c.trainingEnd), DateLabel.of(c.presentationOn), cumulative,
                    c.presentations.stream().map(p -> new PresentationView(p.id, p.number, p.title)).toList(),
                    c.lockVersion);
        }
    }

    @Schema(name = "ProjectIssueRef", description = "An earlier issue this one extends")
    public record IssueRef(long id, long teamId, FiscalYear fiscalYear, int number, String title) {
        static IssueRef of(ProjectIssue i) {
            return i == null ? null : new IssueRef(i.id, i.team.id, FiscalYear.of(i.team.fiscalYear), i.number, i.title);
        }
    }

    @Schema(name = "ProjectIssue", description = "An in-house issue (庁内課題); extends names the earlier issue it builds on")
    public record IssueView(long id, int number, String title, IssueRef extendsIssue, String extensionNote,
                            int lockVersion) {
        static IssueView of(ProjectIssue i) {
            return new IssueView(i.id, i.number, i.title, IssueRef.of(i.extendsIssue), i.extensionNote, i.lockVersion);
        }
    }

    @Schema(name = "ProjectTeam", description = "A yearly 庁内DXプロジェクトチーム with its issues")
    public record TeamView(long id, OrganizationRef organization, FiscalYear fiscalYear, String name, String purpose,
                           DatePeriod period, Integer participantCount, String participantsDrawnFrom, String note,
                           List<IssueView> issues, int lockVersion) {
        static TeamView of(ProjectTeam t) {
            return new TeamView(t.id, OrganizationRef.of(t.organization), FiscalYear.of(t.fiscalYear), t.name, t.purpose,
                    DatePeriod.of(t.periodStart, t.periodEnd), t.participantCount, t.participantsDrawnFrom, t.note,
                    t.issues.stream().map(IssueView::of).toList(), t.lockVersion);
        }
    }
}
