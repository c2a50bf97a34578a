package kyoso.plan.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A version of a plan (骨子案, パブリックコメント版, 策定版). Published versions never change. */
@Entity
@Table(name = "plan_version")
public class PlanVersion extends PanacheEntityBase {

    public static final String DRAFT = "draft";
    public static final String PUBLISHED = "published";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String label;

    @Column(nullable = false)
    public String status;

    public LocalDate dated;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    public boolean isPublished() {
        return PUBLISHED.equals(status);
    }

    /** The version this one was drafted from (null for versions loaded from the source). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "based_on_id")
    public PlanVersion basedOn;
}
