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
 * A meeting of a body (Popolo Event). The planned date may be known only to the month
 * (第4回 is planned for 1月), so {@code plannedPrecision} says how much of {@code plannedOn} is meant.
 */
@Entity
@Table(name = "meeting")
public class Meeting extends PanacheEntityBase {

    public static final String PLANNED = "planned";
    public static final String HELD = "held";
    public static final String CANCELLED = "cancelled";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    public Organization organization;

    @Column(nullable = false)
    public String title;

    /** 第n回 within the fiscal year; null for meetings that are not numbered. */
    public Integer number;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    @Column(nullable = false)
    public String status;

    @Column(name = "planned_on")
    public LocalDate plannedOn;

    /** day or month. */
    @Column(name = "planned_precision", nullable = false)
    public String plannedPrecision;

    @Column(name = "held_on")
    public LocalDate heldOn;

    public String theme;

    public String summary;

    public String location;

    @Version
    @Column(name = "lock_version", nullable = false)
    public int lockVersion;
}
