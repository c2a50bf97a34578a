package kyoso.gateway.persistence;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kyoso.gateway.domain.SignInSession;
import kyoso.gateway.domain.StaffAudit;
import kyoso.gateway.domain.StaffUser;

/** Queries over staff accounts, their sign-in sessions and the audit trail. */
@ApplicationScoped
public class StaffRepository {

    public long countUsers() {
        return StaffUser.count();
    }

    public Optional<StaffUser> findUser(String username) {
        return StaffUser.find("username", username).firstResultOptional();
    }

    public List<StaffUser> listUsers() {
        return StaffUser.listAll(Sort.by("username"));
    }

    public long countEnabledWithRole(String role) {
        return StaffUser.count("select count(u) from StaffUser u join u.roles r where u.enabled = true and r = ?1", role);
    }

    public Optional<SignInSession> findSession(String tokenHash) {
        return SignInSession.find("tokenHash", tokenHash).firstResultOptional();
    }

    public void revokeFamily(String family, Instant now) {
        SignInSession.update("revokedAt = ?1 where family = ?2 and revokedAt is null", now, family);
    }

    public void revokeAllOf(StaffUser user, Instant now) {
        SignInSession.update("revokedAt = ?1 where user = ?2 and revokedAt is null", now, user);
    }

    public void deleteExpiredSessions(Instant now) {
        SignInSession.delete("expiresAt < ?1", now);
    }

    public List<StaffAudit> auditOf(String target) {
        return StaffAudit.list("target", Sort.by("at").and("id"), target);
    }
}
