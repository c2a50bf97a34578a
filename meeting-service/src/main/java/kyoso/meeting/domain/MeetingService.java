package kyoso.meeting.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import kyoso.kit.paging.Page;
import kyoso.kit.problem.ProblemException;
import kyoso.meeting.persistence.BodyRepository;
import kyoso.meeting.persistence.MeetingRepository.Filter;
import kyoso.meeting.persistence.MeetingRepository;

/** Reading meetings with their agenda and documents. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MeetingService {

    private final MeetingRepository meetings;
    private final BodyRepository bodies;

    MeetingService(MeetingRepository meetings, BodyRepository bodies) {
        this.meetings = meetings;
        this.bodies = bodies;
    }

    /** kind is the classification of the body that meets (council, headquarters, project-team). */
    public Page<Meeting> list(Integer fiscalYear, String organization, String kind, String status, int page, int size) {
        Long organizationId = organization == null ? null : bodies.organization(organization)
                .orElseThrow(() -> ProblemException.notFound("organization", organization)).id;
        if (status != null && !List.of(Meeting.PLANNED, Meeting.HELD, Meeting.CANCELLED).contains(status)) {
            throw ProblemException.invalid("status", "status: planned, held, cancelled のいずれかを指定してください / status must be planned, held or cancelled");
        }
        var query = meetings.find(new Filter(fiscalYear, organizationId, kind, status));
        List<Meeting> items = query.page(page, size).list();
        return new Page<>(items, page, size, query.count());
    }

    public MeetingRecord get(long id) {
        Meeting meeting = meetings.meeting(id).orElseThrow(() -> ProblemException.notFound("meeting", id));
        List<AgendaItem> agenda = meetings.agenda(meeting);
        List<Long> relatedIds = agenda.stream().map(a -> a.relatedMeetingId).filter(Objects::nonNull).distinct().toList();
        Map<Long, Meeting> related = meetings.meetings(relatedIds).stream()
                .collect(Collectors.toMap(m -> m.id, Function.identity()));
        return new MeetingRecord(meeting, agenda, meetings.documents(meeting), related);
    }

    /** A meeting with its agenda (flat, in order; the API edge nests it), documents and the meetings its items refer to. */
    public record MeetingRecord(Meeting meeting, List<AgendaItem> agenda, List<MeetingDocument> documents,
                                Map<Long, Meeting> relatedMeetings) {
    }
}
