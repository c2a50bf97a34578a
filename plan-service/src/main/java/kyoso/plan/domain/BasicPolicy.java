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

/** One of the master plan's basic policies (基本方針 1..5), e.g. 「…まち ～魅力づくり～」. */
@Entity
@Table(name = "basic_policy")
public class BasicPolicy extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "master_plan_id")
    public MasterPlan masterPlan;

    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public String title;

    /** The short theme after the tilde: 魅力づくり, 暮らしづくり, ... */
    @Column(nullable = false)
    public String theme;
}
