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

/**
 * A position in a body (Popolo Post). {@code exOfficio} names the office whose holder fills it
 * (本部長 = 市長), so the post stays right when the person in that office changes.
 */
@Entity
@Table(name = "post")
public class Post extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String key;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    public Organization organization;

    @Column(nullable = false)
    public String label;

    @Column(nullable = false)
    public String role;

    @Column(name = "ex_officio")
    public String exOfficio;

    /** How many hold the post at once: 副本部長 is held by both deputy mayors. */
    @Column(nullable = false)
    public int seats;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Version
    @Column(name = "lock_version", nullable = false)
    public int lockVersion;
}
