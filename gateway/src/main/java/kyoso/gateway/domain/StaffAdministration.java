package kyoso.gateway.domain;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import kyoso.gateway.persistence.KeyDirectory;
import kyoso.gateway.persistence.StaffRepository;
import kyoso.kit.problem.ProblemException;
import kyoso.kit.security.Roles;
import org.jboss.logging.Logger;

/**
 * Staff accounts: the first admin, and what an admin may do to accounts. Every change is audited.
 * The last enabled admin cannot be disabled or lose the admin role: nobody could administer then.
 */
@ApplicationScoped
public class StaffAdministration {

    public static final Set<String> ROLES = Set.of(Roles.ADMIN, Roles.PLAN_EDITOR, Roles.COMMENT_MODERATOR,
            Roles.MEETING_SECRETARY);
    public static final String INITIAL_ADMIN = "admin";
    private static final Logger LOG = Logger.getLogger(StaffAdministration.class);

    /** Who asks for a change, for the audit trail. */
    public record Actor(String username, String requestId) {
    }

    /** What may change on an account; null fields stay as they are. */
    public record Changes(String displayName, Collection<String> roles, Boolean enabled) {
    }

    private final StaffRepository staff;
    private final KeyRing keys;
    private final Clock clock = Clock.systemUTC();

    StaffAdministration(StaffRepository staff, KeyRing keys) {
        this.staff = staff;
        this.keys = keys;
    }

    /** Where the first admin's password is written: beside the keys directory, readable by its owner only. */
    public Path initialPasswordFile() {
        return keys.directory().getParent().resolve("initial-admin-password");
    }

    /**
     * First start: with no account at all, create 'admin' with a random password written to
     * {@link #initialPasswordFile()}. No password is ever built into the code.
     */
    @Transactional
    void createFirstAdmin(@Observes StartupEvent event) {
        if (staff.countUsers() > 0) {
            return;
        }
        String password = Passwords.random();
        Path file = initialPasswordFile();
        try {
            Files.deleteIfExists(file);
            KeyDirectory.writePrivateFile(file, password + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the first admin's password to " + file, e);
        }
        Instant now = clock.instant();
        StaffUser admin = newUser(INITIAL_ADMIN, "管理者 (Administrator)", Set.of(Roles.ADMIN), password, now);
        audit(new Actor("system", null), "create-first-admin", admin.username, "password in " + file, now);
        LOG.infof("Created the first staff account '%s'. Its password is in %s (readable by this user only); "
                + "sign in and change it, the file is removed then.", INITIAL_ADMIN, file);
    }

    public List<StaffUser> list() {
        return staff.listUsers();
    }

    public Optional<StaffUser> find(String username) {
        return staff.findUser(username);
    }

    @Transactional
    public StaffUser create(Actor actor, String username, String displayName, Collection<String> roles, String password) {
        Passwords.check("password", password);
        Set<String> checked = checkRoles(roles);
        if (staff.findUser(username).isPresent()) {
            throw ProblemException.conflict("ユーザー名 '" + username + "' は既に使われています。 / The username '"
                    + username + "' is taken.");
        }
        Instant now = clock.instant();
        StaffUser user = newUser(username, displayName, checked, password, now);
        audit(actor, "create-user", username, "roles=" + checked, now);
        return user;
    }

    @Transactional
    public StaffUser change(Actor actor, String username, Changes changes) {
        StaffUser user = staff.findUser(username).orElseThrow(() -> ProblemException.notFound("user", username));
        Instant now = clock.instant();
        Set<String> roles = changes.roles() == null ? user.roles : checkRoles(changes.roles());
        boolean enabled = changes.enabled() == null ? user.enabled : changes.enabled();
        boolean wasAdmin = user.enabled && user.roles.contains(Roles.ADMIN);
        if (wasAdmin && !(enabled && roles.contains(Roles.ADMIN)) && staff.countEnabledWithRole(Roles.ADMIN) <= 1) {
            throw ProblemException.conflict("最後の管理者から管理者権限を外すことはできません。 / The last admin cannot lose the admin role.");
        }
        StringBuilder detail = new StringBuilder();
        if (changes.displayName() != null && !changes.displayName().equals(user.displayName)) {
            user.displayName = changes.displayName();
            detail.append("displayName; ");
        }
        if (!roles.equals(user.roles)) {
            detail.append("roles ").append(user.roles).append(" -> ").append(roles).append("; ");
            user.roles.clear();
            user.roles.addAll(roles);
        }
        if (enabled != user.enabled) {
            user.enabled = enabled;
            detail.append(enabled ? "enabled" : "disabled");
            if (!enabled) {
                staff.revokeAllOf(user, now);
            }
        }
        audit(actor, "change-user", username, detail.toString().trim(), now);
        return user;
    }

    /** An admin sets a new password: the person's sessions end and a lock is lifted. */
    @Transactional
    public void resetPassword(Actor actor, String username, String password) {
        Passwords.check("password", password);
        StaffUser user = staff.findUser(username).orElseThrow(() -> ProblemException.notFound("user", username));
        Instant now = clock.instant();
        user.changePassword(Passwords.hash(password), now);
        staff.revokeAllOf(user, now);
        audit(actor, "reset-password", username, null, now);
        forgetInitialPassword(user);
    }

    /** A staff member changes their own password, proving they know the current one. */
    @Transactional
    public void changeOwnPassword(Actor actor, String currentPassword, String newPassword) {
        StaffUser user = staff.findUser(actor.username())
                .orElseThrow(() -> new ProblemException(401, "unauthorized", "サインインしてください (Unauthorized)",
                        "ユーザーが見つかりません。 / No such user."));
        if (currentPassword == null || !BcryptUtil.matches(currentPassword, user.passwordHash)) {
            throw ProblemException.invalid("currentPassword", "現在のパスワードが正しくありません。 / The current password is not correct.");
        }
        Passwords.check("newPassword", newPassword);
        Instant now = clock.instant();
        user.changePassword(Passwords.hash(newPassword), now);
        audit(actor, "change-own-password", user.username, null, now);
        forgetInitialPassword(user);
    }

    @Transactional
    public void recordKeyRotation(Actor actor, String kid) {
        audit(actor, "rotate-signing-key", null, kid, clock.instant());
    }

    public List<StaffAudit> auditOf(String username) {
        return staff.auditOf(username);
    }

    private StaffUser newUser(String username, String displayName, Set<String> roles, String password, Instant now) {
        StaffUser user = new StaffUser();
        user.username = username;
        user.displayName = displayName;
        user.roles = new TreeSet<>(roles);
        user.passwordHash = Passwords.hash(password);
        user.passwordChangedAt = now;
        user.createdAt = now;
        user.persist();
        return user;
    }

    /** Once the first admin has chosen a password, the generated one is of no use and is removed. */
    private void forgetInitialPassword(StaffUser user) {
        if (INITIAL_ADMIN.equals(user.username)) {
            try {
                Files.deleteIfExists(initialPasswordFile());
            } catch (IOException e) {
                LOG.warnf("Could not remove %s: %s", initialPasswordFile(), e.getMessage());
            }
        }
    }

    private static Set<String> checkRoles(Collection<String> roles) {
        if (roles == null) {
            return Set.of();
        }
        for (String role : roles) {
            if (!ROLES.contains(role)) {
                throw ProblemException.invalid("roles", "役割 '" + role + "' はありません。使える役割: " + new TreeSet<>(ROLES)
                        + " / Unknown role '" + role + "'.");
            }
        }
        return new TreeSet<>(roles);
    }

    private static void audit(Actor actor, String action, String target, String detail, Instant now) {
        StaffAudit entry = new StaffAudit();
        entry.at = now;
        entry.actor = actor.username();
        entry.action = action;
        entry.target = target;
        entry.detail = detail == null || detail.isEmpty() ? null : detail.substring(0, Math.min(500, detail.length()));
        entry.requestId = actor.requestId();
        entry.persist();
    }
}
