package kyoso.comment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One logged redaction: which kinds of personal information were left out of an item, why, by whom. */
@Entity
@Table(name = "redaction_log")
public class Redaction extends PanacheEntityBase {

    public static final String DEFAULT_REASON = "公表に際し個人情報を除いたため";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "consultation_id", nullable = false)
    public Long consultationId;

    @Column(name = "item_id", nullable = false)
    public Long itemId;

    /** Comma-separated finding kinds, e.g. email,person-name. */
    @Column(nullable = false)
    public String kinds;

    @Column(nullable = false)
    public String reason;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String actor;
}
