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

/** A body (Popolo Organization): the council, the headquarters, the project team, the city itself. */
@Entity
@Table(name = "organization")
public class Organization extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String key;

    @Column(nullable = false)
    public String name;

    @Column(name = "name_en")
    public String nameEn;

    /** municipality, council, headquarters, project-team. */
    @Column(nullable = false)
    public String classification;

    public String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Organization parent;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Version
    @Column(name = "lock_version", nullable = false)
    public int lockVersion;
}
