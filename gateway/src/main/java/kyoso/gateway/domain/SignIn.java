package kyoso.gateway.domain;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import kyoso.gateway.config.GatewayConfig;
import kyoso.gateway.persistence.StaffRepository;
import kyoso.kit.problem.ProblemException;
import org.jboss.logging.Logger;

/**
 * Staff sign-in: password check with lockout, access tokens, and refresh sessions whose tokens
 * are single-use (a replayed refresh token ends the whole session: it was stolen or copied).
 */
@ApplicationScoped
public class SignIn {

    private static final Logger LOG = Logger.getLogger(SignIn.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A signed-in staff member: the access token, and the refresh token for the cookie. */
    public record Session(StaffUser user, AccessTokens.Issued access, String refreshToken, Instant refreshExpiresAt) {
    }

    /** Sign-in refused because the account is locked; try again after {@code retryAfter}. */
    public static class LockedOut extends RuntimeException {
        private final Duration retryAfter;

        public LockedOut(Duration retryAfter) {
            super("locked", null, false, false);
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    private final StaffRepository staff;
    private final AccessTokens tokens;
    private final GatewayConfig config;
    private final Clock clock = Clock.systemUTC();
    /** Compared against when the user does not exist, so the answer takes as long as for a wrong password. */
    private final String decoyHash = Passwords.hash(UUID.randomUUID().toString());

    SignIn(StaffRepository staff, AccessTokens tokens, GatewayConfig config) {
        this.staff = staff;
        this.tokens = tokens;
        this.config = config;
    }

    @Transactional(dontRollbackOn = {ProblemException.class, LockedOut.class})
    public Session login(String username, String password) {
        Instant now = clock.instant();
        Optional<StaffUser> found = staff.findUser(username);
        if (found.isEmpty()) {
            BcryptUtil.matches(password, decoyHash);
            throw wrongCredentials();
        }
        StaffUser user = found.get();
        if (user.lockedAt(now)) {
            throw new LockedOut(Duration.between(now, user.lockedUntil));
        }
        if (!BcryptUtil.matches(password, user.passwordHash) || !user.enabled) {
            var login = config.login();
            user.signInFailed(now, login.maxFailures(), login.lockout(), login.maxLockout());
            if (user.lockedAt(now)) {
                LOG.warnf("Staff account '%s' locked until %s after %d failed sign-ins", user.username, user.lockedUntil,
                        user.failedSignIns);
            }
            throw wrongCredentials();
        }
        user.signedIn();
        return newSession(user, UUID.randomUUID().toString(), now.plus(config.jwt().refreshTokenTtl()), now);
    }

    /** Uses up a refresh token and returns the next one with a fresh access token. */
    @Transactional(dontRollbackOn = ProblemException.class)
    public Session refresh(String refreshToken) {
        Instant now = clock.instant();
        SignInSession current = staff.findSession(hash(refreshToken)).orElseThrow(SignIn::sessionEnded);
        if (current.usedAt != null || current.revokedAt != null) {
            if (current.revokedAt == null) {
                LOG.warnf("A used refresh token of '%s' was presented again; the session is ended", current.user.username);
            }
            staff.revokeFamily(current.family, now);
            throw sessionEnded();
        }
        if (!current.expiresAt.isAfter(now) || !current.user.enabled) {
            throw sessionEnded();
        }
        current.usedAt = now;
        return newSession(current.user, current.family, current.expiresAt, now);
    }

    @Transactional
    public void logout(String refreshToken) {
        staff.findSession(hash(refreshToken)).ifPresent(s -> staff.revokeFamily(s.family, clock.instant()));
    }

    @Scheduled(every = "1h", delayed = "5m")
    @Transactional
    void forgetExpiredSessions() {
        staff.deleteExpiredSessions(clock.instant());
    }

    private Session newSession(StaffUser user, String family, Instant expires, Instant now) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String refreshToken = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        SignInSession session = new SignInSession();
        session.user = user;
        session.tokenHash = hash(refreshToken);
        session.family = family;
        session.createdAt = now;
        session.expiresAt = expires;
        session.persist();
        return new Session(user, tokens.issue(user, now), refreshToken, expires);
    }

    static String hash(String refreshToken) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(refreshToken.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ProblemException wrongCredentials() {
        return new ProblemException(401, "sign-in-failed", "サインインできません (Sign-in failed)",
                "ユーザー名またはパスワードが正しくありません。 / The username or password is not correct.");
    }

    private static ProblemException sessionEnded() {
        return new ProblemException(401, "session-ended", "サインインし直してください (Session ended)",
                "サインインの有効期限が切れたか、サインアウトされました。 / The sign-in has expired or was ended.");
    }
}
