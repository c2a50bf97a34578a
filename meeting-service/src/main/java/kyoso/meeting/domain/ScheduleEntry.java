package kyoso.meeting.domain;

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
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * One step of a fiscal year's schedule (DX会議①, 委員提言, DX推進本部, パブリックコメント, 策定).
 * A step that is a meeting takes its actual date from the meeting, so the two never disagree.
 */
@Entity
@Table(name = "schedule_entry")
public class ScheduleEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id")
    public Organization organization;

    /** council-meeting, proposal, headquarters-meeting, public-comment, adoption, other. */
    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String title;

    public String description;

    @Column(name = "planned_on")
    public LocalDate plannedOn;

    /** day, month or fiscal-year. */
    @Column(name = "planned_precision", nullable = false)
    public String plannedPrecision;

    /** The wording of the published schedule (6月中, 11月頃, 年度内). */
    @Column(name = "planned_note")
    public String plannedNote;

    @Column(name = "actual_on")
    public LocalDate actualOn;

    @Column(nullable = false)
    public boolean optional;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    public Meeting meeting;

    @Column(name = "consultation_id")
    public String consultationId;

    @Column(name = "plan_key")
    public String planKey;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Version
    @Column(name = "lock_version", nullable = false)
    public int lockVersion;

    public LocalDate actualDate() {
        return meeting != null ? meeting.heldOn : actualOn;
    }
}
