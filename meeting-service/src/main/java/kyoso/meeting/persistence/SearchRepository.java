package kyoso.meeting.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Substring search over the public records (meetings, agenda items, documents, people and their
 * affiliations). Japanese has no spaces between words, so a substring match is what a reader
 * expects; both sides are NFKC-normalized so 全角/半角 variants (（）/(), ＤＸ/DX) match each other.
 */
@ApplicationScoped
public class SearchRepository {

    /** One hit: what kind of record, its id, the meeting it belongs to (if any), and the text searched. */
    public record Row(String kind, long id, Long meetingId, String meetingTitle, LocalDate meetingDate, String title,
                      String body) {
    }

    private static final String RECORDS = """
            select 'meeting' as kind, m.id, m.id as meeting_id, m.title as meeting_title,
                   coalesce(m.held_on, m.planned_on) as meeting_date, m.title, concat_ws(' ', m.theme, m.summary) as body, 1 as rank
              from meeting m
            union all
            select 'agenda-item', a.id, m.id, m.title, coalesce(m.held_on, m.planned_on), a.title, a.description, 2
              from agenda_item a join meeting m on m.id = a.meeting_id
            union all
            select 'document', d.id, m.id, m.title, coalesce(m.held_on, m.planned_on), d.title, null, 3
              from meeting_document d join meeting m on m.id = d.meeting_id
            union all
            select 'person', p.id, null, null, null, p.name,
                   concat_ws(' ', p.name_reading, (select string_agg(concat_ws(' ', o.name, ms.role, ms.affiliation), ' ')
                                                     from membership ms join organization o on o.id = ms.organization_id
                                                    where ms.person_id = p.id)), 4
              from person p
            """;

    private final EntityManager em;

    SearchRepository(EntityManager em) {
        this.em = em;
    }

    public List<Row> search(List<String> terms, int page, int size) {
        Query query = em.createNativeQuery("select kind, id, meeting_id, meeting_title, meeting_date, title, body from ("
                + RECORDS + ") r where " + where(terms)
                + " order by rank, meeting_date nulls last, id limit :limit offset :offset");
        bind(query, terms);
        query.setParameter("limit", size);
        query.setParameter("offset", (long) page * size);
        List<Row> rows = new ArrayList<>();
        for (Object o : query.getResultList()) {
            Object[] r = (Object[]) o;
            rows.add(new Row((String) r[0], ((Number) r[1]).longValue(), r[2] == null ? null : ((Number) r[2]).longValue(),
                    (String) r[3], toDate(r[4]), (String) r[5], (String) r[6]));
        }
        return rows;
    }

    /** The driver may hand a date column back as java.sql.Date or LocalDate. */
    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    public long count(List<String> terms) {
        Query query = em.createNativeQuery("select count(*) from (" + RECORDS + ") r where " + where(terms));
        bind(query, terms);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** Every term must occur (AND), in the title or the body. Terms are bound, never spliced. */
    private static String where(List<String> terms) {
        List<String> conditions = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            conditions.add("normalize(concat_ws(' ', r.title, r.body), NFKC) ilike :t" + i + " escape '\\'");
        }
        return String.join(" and ", conditions);
    }

    private static void bind(Query query, List<String> terms) {
        for (int i = 0; i < terms.size(); i++) {
            String escaped = terms.get(i).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            query.setParameter("t" + i, "%" + escaped + "%");
        }
    }
}
