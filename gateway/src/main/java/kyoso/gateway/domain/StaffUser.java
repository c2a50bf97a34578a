package kyoso.gateway.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/** A city staff member who signs in; roles decide what the services let them change. */
@Entity
@Table(name = "staff_user")
public class StaffUser extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String username;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Column(nullable = false)
    public boolean enabled = true;

    @Column(name = "failed_sign_ins", nullable = false)
    public int failedSignIns;

    @Column(name = "locked_until")
    public Instant lockedUntil;

    @Column(name = "password_changed_at", nullable = false)
    public Instant passwordChangedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    public Set<String> roles = new TreeSet<>();

    @Version
    @Column(name = "lock_version")
    public int lockVersion;

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /**
     * Counts a failed sign-in. From {@code maxFailures} consecutive failures on, the account is locked,
     * first for {@code lockout}, doubling with each further failure up to {@code maxLockout}.
     */
    public void signInFailed(Instant now, int maxFailures, Duration lockout, Duration maxLockout) {
        failedSignIns++;
        if (failedSignIns >= maxFailures) {
            int doublings = Math.min(failedSignIns - maxFailures, 20);
            Duration period = lockout.multipliedBy(1L << doublings);
            lockedUntil = now.plus(period.compareTo(maxLockout) > 0 ? maxLockout : period);
        }
    }

    public void signedIn() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    /** A new password also lifts a lock: the admin who reset it has verified the person. */
    public void changePassword(String hash, Instant now) {
        passwordHash = hash;
        passwordChangedAt = now;
        signedIn();
    }
}
