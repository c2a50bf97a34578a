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

/**
 * One node of a version's section tree (基本理念, 行動指針, 取組方針, 視点, 分野, 施策の例 ...).
 * {@code key} stays the same across versions so two versions can be compared node by node.
 */
@Entity
@Table(name = "section_node")
public class SectionNode extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    public PlanVersion version;

    @Column(name = "parent_id")
    public Long parentId;

    @Column(name = "node_key", nullable = false)
    public String key;

    @Column(nullable = false)
    public String kind;

    public String number;

    @Column(nullable = false)
    public String title;

    public String subtitle;

    public String body;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Version
    @Column(name = "lock_version", nullable = false)
    public int lockVersion;

    /** Number of the master plan's basic policy (基本方針) this node realises, where the source says so. */
    @Column(name = "aligned_basic_policy")
    public Integer alignedBasicPolicy;

    /** Text the source document marks (e.g. in red) and its note ("赤字部分追加"). */
    @Column(name = "source_marked")
    public String sourceMarked;

    @Column(name = "source_note")
    public String sourceNote;
}
