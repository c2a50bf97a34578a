package kyoso.comment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * 提出意見: one opinion as it arrived. Inserted by {@link kyoso.comment.persistence.SubmissionRepository#insert}
 * (insert ... on conflict, for idempotent retries); read and updated through this entity.
 */
@Entity
@Table(name = "submission")
public class Submission extends PanacheEntityBase {

    public static final String RECEIVED = "received";

    @Id
    public Long id;

    @Column(name = "consultation_id", nullable = false)
    public Long consultationId;

    @Column(name = "receipt_number", nullable = false)
    public String receiptNumber;

    @Column(name = "check_code_hash", nullable = false)
    public String checkCodeHash;

    @Column(nullable = false)
    public String channel;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(nullable = false)
    public String text;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "section_keys", nullable = false)
    public List<String> sectionKeys;

    public String attribute;

    @Column(name = "attribute_detail")
    public String attributeDetail;

    @Column(nullable = false)
    public String status;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "request_hash")
    public String requestHash;

    @Column(name = "entered_by")
    public String enteredBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "personal_data_purged_at")
    public Instant personalDataPurgedAt;
}
