package kyoso.comment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One recorded state change: who (a staff member, or "system" when the clock did it), when and why. */
@Entity
@Table(name = "consultation_transition")
public class ConsultationTransition extends PanacheEntityBase {

    public static final String SYSTEM = "system";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "consultation_id", nullable = false)
    public Long consultationId;

    @Convert(converter = Consultation.StatusConverter.class)
    @Column(name = "from_status")
    public ConsultationStatus from;

    @Convert(converter = Consultation.StatusConverter.class)
    @Column(name = "to_status", nullable = false)
    public ConsultationStatus to;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String actor;

    public String reason;

    public static ConsultationTransition of(Consultation c, ConsultationStatus from, ConsultationStatus to,
                                            Instant at, String actor, String reason) {
        ConsultationTransition t = new ConsultationTransition();
        t.consultationId = c.id;
        t.from = from;
        t.to = to;
        t.at = at;
        t.actor = actor;
        t.reason = reason;
        return t;
    }
}
