package kyoso.gateway.domain;

import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kyoso.gateway.config.GatewayConfig;
import kyoso.gateway.persistence.KeyDirectory;
import org.jboss.logging.Logger;

/**
 * The gateway's signing keys and their life cycle.
 * <ul>
 * <li>A new key is published at once but only signs after {@code key-activation-delay}, so services
 * that cache the JWKS know it before the first token signed with it arrives.</li>
 * <li>The newest active key signs. An older key stays published until the tokens it signed have
 * expired (its successor's activation + access-token lifetime + clock skew); then it is deleted.</li>
 * <li>The first key ever is active at once: there is nothing else to sign with.</li>
 * </ul>
 */
@ApplicationScoped
@Startup
public class KeyRing {

    private static final Logger LOG = Logger.getLogger(KeyRing.class);

    private final KeyDirectory directory;
    private final GatewayConfig.Jwt jwt;
    private final Clock clock;
    private volatile List<SigningKey> keys;

    @Inject
    KeyRing(GatewayConfig config) {
        this(new KeyDirectory(Path.of(config.keysDir())), config.jwt(), Clock.systemUTC());
    }

    KeyRing(KeyDirectory directory, GatewayConfig.Jwt jwt, Clock clock) {
        this.directory = directory;
        this.jwt = jwt;
        this.clock = clock;
        reload();
        if (keys.isEmpty()) {
            SigningKey first = directory.create(clock.instant());
            LOG.infof("Generated the first JWT signing key %s in %s", first.kid(), directory.dir());
            reload();
        }
    }

    public Path directory() {
        return directory.dir();
    }

    /** The key new tokens are signed with. */
    public SigningKey signingKey() {
        return signingKeyAt(clock.instant(), keys);
    }

    /** The keys whose public halves are published: the signing key, newer pending ones, and older ones still needed. */
    public List<SigningKey> published() {
        Instant now = clock.instant();
        List<SigningKey> all = keys;
        List<SigningKey> result = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (stillNeeded(all, i, now)) {
                result.add(all.get(i));
            }
        }
        return result;
    }

    /** A published key by id: only these verify tokens. */
    public Optional<SigningKey> verificationKey(String kid) {
        return published().stream().filter(k -> k.kid().equals(kid)).findFirst();
    }

    /** Makes a new key; it signs once its activation delay has passed. */
    public synchronized SigningKey rotate() {
        SigningKey key = directory.create(clock.instant());
        LOG.infof("Generated JWT signing key %s; it signs from %s", key.kid(), activation(key));
        reload();
        return key;
    }

    /** Rotates when the newest key is old, and forgets keys whose tokens have all expired. */
    @Scheduled(every = "1h", delayed = "1m")
    synchronized void maintain() {
        reload();
        Instant now = clock.instant();
        SigningKey newest = keys.get(keys.size() - 1);
        if (Duration.between(newest.created(), now).compareTo(jwt.rotateAfter()) > 0) {
            rotate();
        }
        List<SigningKey> all = keys;
        for (int i = 0; i < all.size(); i++) {
            if (!stillNeeded(all, i, now)) {
                directory.delete(all.get(i));
                LOG.infof("Deleted retired JWT signing key %s", all.get(i).kid());
            }
        }
        reload();
    }

    private void reload() {
        keys = List.copyOf(directory.load());
    }

    private Instant activation(SigningKey key) {
        return key.created().plus(jwt.keyActivationDelay());
    }

    private SigningKey signingKeyAt(Instant now, List<SigningKey> all) {
        for (int i = all.size() - 1; i >= 0; i--) {
            if (!activation(all.get(i)).isAfter(now)) {
                return all.get(i);
            }
        }
        return all.get(0);
    }

    private boolean stillNeeded(List<SigningKey> all, int index, Instant now) {
        SigningKey key = all.get(index);
        SigningKey signing = signingKeyAt(now, all);
        if (!key.created().isBefore(signing.created())) {
            return true;
        }
        // Older than the signing key: it stopped signing when its successor became active.
        SigningKey successor = all.get(index + 1);
        Instant retired = activation(successor);
        Instant lastTokenExpiry = retired.plus(jwt.accessTokenTtl()).plus(jwt.clockSkew());
        return now.isBefore(lastTokenExpiry);
    }
}
