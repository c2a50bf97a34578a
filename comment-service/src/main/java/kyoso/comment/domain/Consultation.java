package kyoso.comment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** 意見募集案件: a public comment on one version of a plan. The code is the public id in URLs. */
@Entity
@Table(name = "consultation")
public class Consultation extends PanacheEntityBase {

    /** 行政手続法 Article 39(3): at least 30 days unless a reason is recorded. */
    public static final int MINIMUM_DAYS = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String summary;

    @Column(name = "plan_code", nullable = false)
    public String planCode;

    @Column(name = "plan_version_code", nullable = false)
    public String planVersionCode;

    @Column(name = "plan_name")
    public String planName;

    @Column(name = "plan_version_label")
    public String planVersionLabel;

    @Column(name = "draft_dated")
    public LocalDate draftDated;

    /** The state as last decided; {@link #effectiveStatus} adds what the clock has done since. */
    @Convert(converter = StatusConverter.class)
    @Column(nullable = false)
    public ConsultationStatus status;

    @Column(name = "opens_at")
    public Instant opensAt;

    /** Exclusive: from this instant on nothing is accepted. */
    @Column(name = "closes_at")
    public Instant closesAt;

    @Column(name = "period_note")
    public String periodNote;

    @Column(name = "short_period_reason")
    public String shortPeriodReason;

    public String eligibility;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "allowed_attributes", nullable = false)
    public List<String> allowedAttributes;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "required_fields", nullable = false)
    public List<String> requiredFields;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> channels;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<ConsultationDocument> documents;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<OutlineNode> outline;

    @Column(name = "outline_taken_at")
    public Instant outlineTakenAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Version
    public int version;

    /** The state at {@code now}: a scheduled consultation is open from opens_at and closed from closes_at. */
    public ConsultationStatus effectiveStatus(Instant now) {
        boolean scheduledOrOpen = status == ConsultationStatus.SCHEDULED || status == ConsultationStatus.OPEN;
        if (scheduledOrOpen && closesAt != null && !now.isBefore(closesAt)) {
            return ConsultationStatus.CLOSED;
        }
        if (status == ConsultationStatus.SCHEDULED && opensAt != null && !now.isBefore(opensAt)) {
            return ConsultationStatus.OPEN;
        }
        return status;
    }

    public boolean hasSection(String key) {
        return outline != null && outline.stream().flatMap(OutlineNode::flatten).anyMatch(n -> n.key().equals(key));
    }

    @jakarta.persistence.Converter
    public static class StatusConverter implements jakarta.persistence.AttributeConverter<ConsultationStatus, String> {
        @Override
        public String convertToDatabaseColumn(ConsultationStatus status) {
            return status == null ? null : status.code();
        }

        @Override
        public ConsultationStatus convertToEntityAttribute(String code) {
            return code == null ? null : ConsultationStatus.ofCode(code)
                    .orElseThrow(() -> new IllegalStateException("unknown consultation status " + code));
        }
    }
}
