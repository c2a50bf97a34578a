package kyoso.meeting.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A named person (Popolo Person). Lists follow 五十音順 of {@code nameReading}, as the city's rosters do. */
@Entity
@Table(name = "person")
public class Person extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String key;

    @Column(nullable = false)
    public String name;

    @Column(name = "family_name")
    public String familyName;

    @Column(name = "given_name")
    public String givenName;

    /** Kana reading in hiragana, e.g. いなつぐ ひろあき. */
    @Column(name = "name_reading", nullable = false)
    public String nameReading;

    @Version
    @Column(name = "lock_version", nullable = false)
    public int lockVersion;
}
