package kyoso.meeting.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kyoso.kit.time.DateLabel;
import kyoso.kit.time.FiscalYear;
import kyoso.meeting.api.BodyDtos.OrganizationRef;
import kyoso.meeting.domain.AgendaItem;
import kyoso.meeting.domain.Meeting;
import kyoso.meeting.domain.MeetingDocument;
import kyoso.meeting.domain.MeetingService.MeetingRecord;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the public API shows of meetings (Popolo Event), their agendas and documents. */
public final class MeetingDtos {

    private MeetingDtos() {
    }

    @Schema(name = "MeetingSummary", description = "A meeting: planned date (possibly only to the month), held date, status planned|held|cancelled")
    public record MeetingSummary(long id, OrganizationRef organization, String title, Integer number,
                                 FiscalYear fiscalYear, String status, PlannedDate planned, DateLabel heldOn,
                                 String theme, int lockVersion) {
        static MeetingSummary of(Meeting m) {
            return new MeetingSummary(m.id, OrganizationRef.of(m.organization), m.title, m.number,
                    FiscalYear.of(m.fiscalYear), m.status, PlannedDate.of(m.plannedOn, m.plannedPrecision),
                    DateLabel.of(m.heldOn), m.theme, m.lockVersion);
        }
    }

    @Schema(name = "PlanVersionLink", description = "A plan version in plan-service, by its public keys")
    public record PlanVersionLink(String planKey, String versionKey, String href) {
        static PlanVersionLink of(AgendaItem a) {
            if (a.planKey == null) {
                return null;
            }
            String href = a.planVersionKey == null ? "/api/v1/plans/" + a.planKey
                    : "/api/v1/plans/" + a.planKey + "/versions/" + a.planVersionKey + "/tree";
            return new PlanVersionLink(a.planKey, a.planVersionKey, href);
        }
    }

    @Schema(name = "ConsultationLink", description = "A consultation (意見募集案件) in comment-service, by its public id")
    public record ConsultationLink(String id, String href) {
        static ConsultationLink of(String id) {
            return id == null ? null : new ConsultationLink(id, "/api/v1/consultations/" + id);
        }
    }

    @Schema(name = "MeetingLink", description = "Another meeting this item reports on")
    public record MeetingLink(long id, String title, DateLabel heldOn, String href) {
        static MeetingLink of(Meeting m) {
            return m == null ? null : new MeetingLink(m.id, m.title, DateLabel.of(m.heldOn), "/api/v1/meetings/" + m.id);
        }
    }

    @Schema(name = "RecordLink", description = "Another record of this service, by id")
    public record RecordLink(long id, String href) {
        static RecordLink of(String collection, Long id) {
            return id == null ? null : new RecordLink(id, "/api/v1/" + collection + "/" + id);
        }
    }

    @Schema(name = "AgendaItem", description = "One node of the agenda tree; kind: opening, reports, report, deliberation, topic, subtopic, exchange, closing, other")
    public record AgendaNode(long id, String kind, String number, String title, String description, int order,
                             PlanVersionLink planVersion, ConsultationLink consultation, MeetingLink relatedMeeting,
                             RecordLink advisorAppointment, RecordLink leaderCohort, RecordLink projectTeam,
                             List<AgendaNode> children) {
    }

    @Schema(name = "MeetingDocument", description = "A document (資料); kind: agenda, roster, report, material, schedule, minutes, other")
    public record DocumentView(long id, String title, String kind, String url, Long agendaItemId) {
        static DocumentView of(MeetingDocument d) {
            return new DocumentView(d.id, d.title, d.kind, d.url, d.agendaItemId);
        }
    }

    @Schema(name = "MeetingDetail", description = "A meeting with its agenda tree, documents and summary")
    public record MeetingDetail(long id, OrganizationRef organization, String title, Integer number,
                                FiscalYear fiscalYear, String status, PlannedDate planned, DateLabel heldOn,
                                String theme, String summary, String location, List<AgendaNode> agenda,
                                List<DocumentView> documents, int lockVersion) {

        static MeetingDetail of(MeetingRecord found) {
            Meeting m = found.meeting();
            Map<Long, List<AgendaItem>> childrenOf = new HashMap<>();
            for (AgendaItem a : found.agenda()) {
                childrenOf.computeIfAbsent(a.parentId == null ? 0L : a.parentId, k -> new ArrayList<>()).add(a);
            }
            return new MeetingDetail(m.id, OrganizationRef.of(m.organization), m.title, m.number,
                    FiscalYear.of(m.fiscalYear), m.status, PlannedDate.of(m.plannedOn, m.plannedPrecision),
                    DateLabel.of(m.heldOn), m.theme, m.summary, m.location, nest(0L, childrenOf, found),
                    found.documents().stream().map(DocumentView::of).toList(), m.lockVersion);
        }

        private static List<AgendaNode> nest(long parentId, Map<Long, List<AgendaItem>> childrenOf, MeetingRecord found) {
            return childrenOf.getOrDefault(parentId, List.of()).stream()
                    .map(a -> new AgendaNode(a.id, a.kind, a.number, a.title, a.description, a.sortOrder,
                            PlanVersionLink.of(a), ConsultationLink.of(a.consultationId),
                            MeetingLink.of(a.relatedMeetingId == null ? null : found.relatedMeetings().get(a.relatedMeetingId)),
                            RecordLink.of("advisor-appointments", a.advisorAppointmentId),
                            RecordLink.of("leader-cohorts", a.leaderCohortId),
                            RecordLink.of("project-teams", a.projectTeamId),
                            nest(a.id, childrenOf, found)))
                    .toList();
        }
    }
}
