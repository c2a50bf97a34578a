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

/** A cross-cutting perspective (横断的視点) that applies across all basic policies of the master plan. */
@Entity
@Table(name = "cross_cutting_perspective")
public class CrossCuttingPerspective extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "master_plan_id")
    public MasterPlan masterPlan;

    @Column(nullable = false)
    public String title;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;
}
