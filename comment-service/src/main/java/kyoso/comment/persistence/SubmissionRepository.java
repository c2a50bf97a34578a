package kyoso.comment.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kyoso.comment.domain.OpinionItem;
import kyoso.comment.domain.PersonalDataCipher.Sealed;
import kyoso.comment.domain.SearchText;
import kyoso.comment.domain.Submission;
import kyoso.comment.domain.SubmissionQueue.Entry;
import kyoso.comment.domain.SubmissionQueue.Query;
import kyoso.comment.domain.SubmissionQueue.Sort;
import kyoso.kit.paging.Page;
import org.hibernate.Session;

/** Writes and reads submissions and the sealed personal data kept apart from them. */
@ApplicationScoped
public class SubmissionRepository {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EntityManager em;

    SubmissionRepository(EntityManager em) {
        this.em = em;
    }

    /** The columns of a new submission row. */
    public record NewRow(long consultationId, String receiptNumber, String checkCodeHash, String channel,
                         Instant receivedAt, String text, List<String> sectionKeys, String attribute,
                         String attributeDetail, String idempotencyKey, String requestHash, String enteredBy,
                         Instant createdAt) {
        /** PostgreSQL keeps microseconds: the first answer shows the instants a retry will read back. */
        public NewRow {
            receivedAt = receivedAt.truncatedTo(ChronoUnit.MICROS);
            createdAt = createdAt.truncatedTo(ChronoUnit.MICROS);
        }
    }

    /**
     * Inserts unless a submission with the same idempotency key exists for the consultation.
     * A concurrent insert with the same key waits on the unique constraint and then does nothing,
     * so two requests with one key can never make two submissions.
     *
     * @return the submission as written (not read back: the row holds exactly these values), or empty
     *         when the key was already used
     */
    public Optional<Submission> insert(NewRow row) {
        List<?> ids = em.createNativeQuery("""
                        insert into submission (consultation_id, receipt_number, check_code_hash, channel, received_at,
                                                text, section_keys, attribute, attribute_detail, status,
                                                idempotency_key, request_hash, entered_by, created_at)
                        values (:consultation, :receipt, :hash, :channel, :receivedAt, :text, cast(:sections as jsonb),
                                :attribute, :attributeDetail, :status, :key, :requestHash, :enteredBy, :createdAt)
                        on conflict on constraint uq_submission_idempotency do nothing
                        returning id""")
                .setParameter("consultation", row.consultationId())
                .setParameter("receipt", row.receiptNumber())
                .setParameter("hash", row.checkCodeHash())
                .setParameter("channel", row.channel())
                .setParameter("receivedAt", utc(row.receivedAt()))
                .setParameter("text", row.text())
                .setParameter("sections", json(row.sectionKeys()))
                .setParameter("attribute", row.attribute())
                .setParameter("attributeDetail", row.attributeDetail())
                .setParameter("status", Submission.RECEIVED)
                .setParameter("key", row.idempotencyKey())
                .setParameter("requestHash", row.requestHash())
                .setParameter("enteredBy", row.enteredBy())
                .setParameter("createdAt", utc(row.createdAt()))
                .getResultList();
        return ids.stream().findFirst().map(id -> written(((Number) id).longValue(), row));
    }

    /**
     * Inserts many new web submissions in one statement, each only while its consultation is still at the
     * version the request was checked against, and skipping any whose idempotency key is taken. One
     * statement whatever the batch's size (arrays, unnested), so PostgreSQL plans it once per connection.
     *
     * @return the rows written, by receipt number; a row left out was stale or a retry, to be decided
     *         one by one in a transaction of its own
     */
    public Map<String, Submission> insertAll(List<NewRow> rows, List<Integer> consultationVersions) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into submission (consultation_id, receipt_number, check_code_hash, channel, received_at,
                                            text, section_keys, attribute, attribute_detail, status,
                                            idempotency_key, request_hash, entered_by, created_at)
                    select r.consultation_id, r.receipt_number, r.check_code_hash, r.channel, r.received_at,
                           r.text, r.section_keys, r.attribute, r.attribute_detail, ?,
                           r.idempotency_key, r.request_hash, r.entered_by, r.created_at
                      from unnest(?::bigint[], ?::int[], ?::text[], ?::text[], ?::text[], ?::timestamptz[], ?::text[],
                                  ?::jsonb[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::timestamptz[])
                           as r(consultation_id, consultation_version, receipt_number, check_code_hash, channel,
                                received_at, text, section_keys, attribute, attribute_detail, idempotency_key,
                                request_hash, entered_by, created_at)
                      join consultation c on c.id = r.consultation_id and c.version = r.consultation_version
                    on conflict on constraint uq_submission_idempotency do nothing
                    returning id, receipt_number""")) {
                int p = 1;
                insert.setString(p++, Submission.RECEIVED);
                insert.setArray(p++, connection.createArrayOf("bigint", column(rows, NewRow::consultationId)));
                insert.setArray(p++, connection.createArrayOf("int4", consultationVersions.toArray()));
                insert.setArray(p++, connection.createArrayOf("text", column(rows, NewRow::receiptNumber)));
                insert.setArray(p++, connection.createArrayOf("text", column(rows, NewRow::checkCodeHash)));
                insert.setArray(p++, connection.createArrayOf("text", column(rows, NewRow::channel)));
                insert.setArray(p++, connection.createArrayOf("text", column(rows, r -> r.receivedAt().toString())));
                insert.setArray(p++, connection.createArrayOf("text", column(rows, NewRow::text)));
                insert.setArray(p++, connection.createArrayOf("text", column(rows, r -> json(r.sectionKeys()))));
                insert.setArray(p++, connection.createArrayOf("text", column(rows, NewRow::attribute)));
                insert.setArray(p++, connection.createArrayOf("text", column(rows, NewRow::attributeDetail)));
                insert.setArray(p++, connection.createArrayOf("text", column(rows, NewRow::idempotencyKey)));
                insert.setArray(p++, connection.createArrayOf("text", column(rows, NewRow::requestHash)));
                insert.setArray(p++, connection.createArrayOf("text", column(rows, NewRow::enteredBy)));
                insert.setArray(p, connection.createArrayOf("text", column(rows, r -> r.createdAt().toString())));
                Map<String, NewRow> byReceipt = rows.stream().collect(Collectors.toMap(NewRow::receiptNumber, r -> r));
                Map<String, Submission> written = new HashMap<>();
                try (ResultSet ids = insert.executeQuery()) {
                    while (ids.next()) {
                        String receipt = ids.getString(2);
                        written.put(receipt, written(ids.getLong(1), byReceipt.get(receipt)));
                    }
                }
                return written;
            }
        });
    }

    /** The sealed personal data of many submissions (each with the submission it belongs to), in one statement. */
    public void insertPersonalDataAll(List<Submission> owners, List<Sealed> sealed) {
        if (owners.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into submitter_personal_data (submission_id, nonce, ciphertext, created_at)
                    select * from unnest(?::bigint[], ?::bytea[], ?::bytea[], ?::timestamptz[])""")) {
                insert.setArray(1, connection.createArrayOf("bigint", column(owners, s -> s.id)));
                // byte[][] exactly: the driver sends that as bytea[], an Object[] of byte[] as text
                insert.setArray(2, connection.createArrayOf("bytea", sealed.stream().map(Sealed::nonce).toArray(byte[][]::new)));
                insert.setArray(3, connection.createArrayOf("bytea", sealed.stream().map(Sealed::ciphertext).toArray(byte[][]::new)));
                insert.setArray(4, connection.createArrayOf("text", column(owners, s -> s.createdAt.toString())));
                insert.executeUpdate();
            }
        });
    }

    private static <T> Object[] column(List<T> rows, Function<T, ?> value) {
        return rows.stream().map(value).toArray();
    }

    private static Submission written(long id, NewRow row) {
        Submission s = new Submission();
        s.id = id;
        s.consultationId = row.consultationId();
        s.receiptNumber = row.receiptNumber();
        s.checkCodeHash = row.checkCodeHash();
        s.channel = row.channel();
        s.receivedAt = row.receivedAt();
        s.text = row.text();
        s.sectionKeys = row.sectionKeys();
        s.attribute = row.attribute();
        s.attributeDetail = row.attributeDetail();
        s.status = Submission.RECEIVED;
        s.idempotencyKey = row.idempotencyKey();
        s.requestHash = row.requestHash();
        s.enteredBy = row.enteredBy();
        s.createdAt = row.createdAt();
        return s;
    }

    public void insertPersonalData(long submissionId, Sealed sealed, Instant at) {
        em.createNativeQuery("""
                        insert into submitter_personal_data (submission_id, nonce, ciphertext, created_at)
                        values (:id, :nonce, :ciphertext, :at)""")
                .setParameter("id", submissionId)
                .setParameter("nonce", sealed.nonce())
                .setParameter("ciphertext", sealed.ciphertext())
                .setParameter("at", utc(at))
                .executeUpdate();
    }

    /** The sealed personal data of a submission, if it was given and not yet purged. */
    public Optional<Sealed> findPersonalData(long submissionId) {
        List<?> rows = em.createNativeQuery("select nonce, ciphertext from submitter_personal_data where submission_id = :id")
                .setParameter("id", submissionId).getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] cols = (Object[]) row;
            return new Sealed((byte[]) cols[0], (byte[]) cols[1]);
        });
    }

    /** Deletes the personal data of every submission received before the cutoff and marks them purged. */
    public int purgePersonalDataReceivedBefore(Instant cutoff, Instant now) {
        return em.createNativeQuery("""
                        with purged as (
                            delete from submitter_personal_data p using submission s
                             where s.id = p.submission_id and s.received_at < :cutoff
                            returning p.submission_id)
                        update submission set personal_data_purged_at = :now
                         where id in (select submission_id from purged)""")
                .setParameter("cutoff", utc(cutoff))
                .setParameter("now", utc(now))
                .executeUpdate();
    }

    public List<Submission> listFor(long consultationId) {
        return Submission.list("consultationId = ?1 order by receivedAt, id", consultationId);
    }

    /**
     * One page of the moderators' queue. The filter, the count and the page are each one SQL statement
     * over the consultation's rows (indexes of changeset 006), then one statement loads the page's rows
     * and one counts their items: never more rows than a page leave the database.
     */
    public Page<Entry> queue(long consultationId, Query query) {
        Map<String, Object> params = new HashMap<>();
        String where = where(consultationId, query, params);
        long total = ((Number) bind(em.createNativeQuery("select count(*) from submission s" + where), params)
                .getSingleResult()).longValue();
        List<Long> ids = bind(em.createNativeQuery("select s.id from submission s" + where + orderBy(query.sort())), params)
                .setFirstResult(query.page() * query.size()).setMaxResults(query.size())
                .getResultList().stream().map(id -> ((Number) id).longValue()).toList();
        if (ids.isEmpty()) {
            return new Page<>(List.of(), query.page(), query.size(), total);
        }
        Map<Long, Submission> rows = Submission.<Submission>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(x -> x.id, Function.identity()));
        Map<Long, long[]> counts = new HashMap<>();
        List<?> counted = em.createNativeQuery("""
                        select i.submission_id, count(*), count(*) filter (where %s)
                          from opinion_item i where i.submission_id in (:ids) group by i.submission_id"""
                        .formatted(OpinionItem.UNANSWERED))
                .setParameter("ids", ids).getResultList();
        for (Object row : counted) {
            Object[] cols = (Object[]) row;
            counts.put(((Number) cols[0]).longValue(), new long[] {((Number) cols[1]).longValue(), ((Number) cols[2]).longValue()});
        }
        List<Entry> entries = ids.stream().map(id -> {
            long[] c = counts.getOrDefault(id, new long[2]);
            return new Entry(rows.get(id), c[0], c[1]);
        }).toList();
        return new Page<>(entries, query.page(), query.size(), total);
    }

    private static String where(long consultationId, Query query, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where s.consultation_id = :consultation");
        params.put("consultation", consultationId);
        if (query.channel() != null) {
            where.append(" and s.channel = :channel");
            params.put("channel", query.channel().code());
        }
        if (query.attribute() != null) {
            where.append(" and s.attribute = :attribute");
            params.put("attribute", query.attribute().code());
        }
        if (query.section() != null) {
            where.append(" and s.section_keys @> cast(:section as jsonb)");
            params.put("section", json(List.of(query.section())));
        }
        if (query.state() != null) {
            String anyItem = "exists (select 1 from opinion_item i where i.submission_id = s.id)";
            String unanswered = "exists (select 1 from opinion_item i where i.submission_id = s.id and "
                    + OpinionItem.UNANSWERED + ")";
            where.append(switch (query.state()) {
                case UNSPLIT -> " and not " + anyItem;
                case SPLIT -> " and " + anyItem;
                case UNANSWERED -> " and " + unanswered;
                case ANSWERED -> " and " + anyItem + " and not " + unanswered;
            });
        }
        if (query.searches()) {
            // Every word in the text (trigram index on search_text), or the query within the receipt number.
            List<String> words = new ArrayList<>();
            for (int i = 0; i < query.words().size(); i++) {
                words.add("s.search_text like :w" + i);
                params.put("w" + i, SearchText.anywhere(query.words().get(i)));
            }
            where.append(" and (").append(words.isEmpty() ? "" : "(" + String.join(" and ", words) + ") or ")
                    .append("s.receipt_number like :receipt)");
            params.put("receipt", SearchText.anywhere(query.receipt()));
        }
        return where.toString();
    }

    private static String orderBy(Sort sort) {
        return switch (sort) {
            case RECEIVED_DESC -> " order by s.received_at desc, s.id desc";
            case RECEIVED_ASC -> " order by s.received_at, s.id";
            case RECEIPT -> " order by s.receipt_number";
        };
    }

    private static jakarta.persistence.Query bind(jakarta.persistence.Query q, Map<String, Object> params) {
        params.forEach(q::setParameter);
        return q;
    }

    public Optional<Submission> findByIdempotencyKey(long consultationId, String key) {
        return Submission.find("consultationId = ?1 and idempotencyKey = ?2", consultationId, key).firstResultOptional();
    }

    public Optional<Submission> findByReceipt(String receiptNumber) {
        return Submission.find("receiptNumber", receiptNumber).firstResultOptional();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String json(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
