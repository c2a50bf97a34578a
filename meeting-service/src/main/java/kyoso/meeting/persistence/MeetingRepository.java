package kyoso.meeting.persistence;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import kyoso.meeting.domain.AgendaItem;
import kyoso.meeting.domain.Meeting;
import kyoso.meeting.domain.MeetingDocument;

/** Queries over meetings, their agendas and documents. */
@ApplicationScoped
public class MeetingRepository {

    /** Filters of the public meeting list; null means "any". */
    public record Filter(Integer fiscalYear, Long organizationId, String kind, String status) {
    }

    /**
     * Meetings in date order (held date, else planned date). No fetch join, so the same query
     * also counts; bodies are loaded in batches (Quarkus' default batch size).
     */
    public PanacheQuery<Meeting> find(Filter filter) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.fiscalYear() != null) {
            where.add("m.fiscalYear = :fy");
            params = params.and("fy", filter.fiscalYear());
        }
        if (filter.organizationId() != null) {
            where.add("m.organization.id = :org");
            params = params.and("org", filter.organizationId());
        }
        if (filter.kind() != null) {
            where.add("m.organization.classification = :kind");
            params = params.and("kind", filter.kind());
        }
        if (filter.status() != null) {
            where.add("m.status = :status");
            params = params.and("status", filter.status());
        }
        String query = "from Meeting m" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by coalesce(m.heldOn, m.plannedOn) nulls last, m.id";
        return Meeting.find(query, params);
    }

    public Optional<Meeting> meeting(long id) {
        return Meeting.find("from Meeting m join fetch m.organization where m.id = ?1", id).firstResultOptional();
    }

    public List<Meeting> meetings(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : Meeting.list("from Meeting m join fetch m.organization where m.id in ?1", ids);
    }

    public List<AgendaItem> agenda(Meeting meeting) {
        return AgendaItem.list("meeting", Sort.by("sortOrder").and("id"), meeting);
    }

    public List<MeetingDocument> documents(Meeting meeting) {
        return MeetingDocument.list("meeting", Sort.by("sortOrder").and("id"), meeting);
    }
}
