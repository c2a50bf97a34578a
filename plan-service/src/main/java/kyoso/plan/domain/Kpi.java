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
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** A KPI (指標) of a measure: from a baseline (基準値) to a target (目標値) by a fiscal year. */
@Entity
@Table(name = "kpi")
public class Kpi extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "measure_id")
    public Measure measure;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String unit;

    @Column(name = "baseline_value")
    public BigDecimal baselineValue;

    @Column(name = "baseline_fy")
    public Integer baselineFiscalYear;

    @Column(name = "target_value", nullable = false)
    public BigDecimal targetValue;

    @Column(name = "target_fy", nullable = false)
    public int targetFiscalYear;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Version
    @Column(name = "lock_version", nullable = false)
    public int lockVersion;
}
