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

/** A DX action plan of the city. Its code is the stable public identifier used in URLs. */
@Entity
@Table(name = "plan")
public class Plan extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "name_en")
    public String nameEn;

    /** current (in force), draft (being drafted), superseded. */
    @Column(nullable = false)
    public String status;

    @Column(name = "period_start_fy", nullable = false)
    public int periodStartFiscalYear;

    @Column(name = "period_end_fy", nullable = false)
    public int periodEndFiscalYear;

    @Column(name = "adopted_on")
    public LocalDate adoptedOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "predecessor_id")
    public Plan predecessor;
}
