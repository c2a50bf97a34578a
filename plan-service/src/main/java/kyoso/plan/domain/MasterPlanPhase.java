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

/** A named phase of the master plan (充実期 ...), which a DX plan's period may follow. */
@Entity
@Table(name = "master_plan_phase")
public class MasterPlanPhase extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "master_plan_id")
    public MasterPlan masterPlan;

    @Column(nullable = false)
    public String name;

    @Column(name = "start_fy")
    public Integer startFiscalYear;

    @Column(name = "end_fy")
    public Integer endFiscalYear;
}
