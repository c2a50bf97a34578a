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
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

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

    /** True while the name itself is still a proposal ((案) 金沢市DXアクションプラン2.0). */
    @Column(name = "name_proposed", nullable = false)
    public boolean nameProposed;

    /** 策定年度. */
    @Column(name = "adopted_fy")
    public Integer adoptedFiscalYear;

    /** Why the period is what it is (e.g. the same as the master plan's 充実期). */
    @Column(name = "period_note")
    public String periodNote;

    /** The master plan this plan aligns with; its basic policies give node alignment its meaning. */
    @Column(name = "master_plan_code")
    public String masterPlanCode;

    /** 基本的考え方. */
    @Column(name = "basic_approach")
    public String basicApproach;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "drafting_decisions")
    public List<String> draftingDecisions;

    /** 【背景】: why this plan. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> background;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> continuity;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "continuity_keys")
    public List<String> continuityKeys;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> consistency;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "consistency_keys")
    public List<String> consistencyKeys;
}
