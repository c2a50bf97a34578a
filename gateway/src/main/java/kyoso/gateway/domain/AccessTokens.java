package kyoso.gateway.domain;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import kyoso.gateway.config.GatewayConfig;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.lang.UnresolvableKeyException;

/**
 * Issues and verifies staff access tokens: RS256 JWTs with iss, aud, sub/upn, groups (roles),
 * typ=Bearer, iat, nbf, exp and jti, signed by the current key of the {@link KeyRing}.
 * Verification accepts only RS256, only keys of the ring (a token's own jku/jwk/x5u are never
 * followed), and only the configured issuer and audience.
 */
@ApplicationScoped
public class AccessTokens {

    public static final String TOKEN_TYPE = "Bearer";

    /** What a signed-in client receives. */
    public record Issued(String token, Instant issuedAt, Instant expiresAt, String kid) {
    }

    private final KeyRing keys;
    private final GatewayConfig.Jwt config;
    private final JwtConsumer consumer;

    AccessTokens(KeyRing keys, GatewayConfig config) {
        this.keys = keys;
        this.config = config.jwt();
        this.consumer = new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setRequireIssuedAt()
                .setRequireSubject()
                .setRequireJwtId()
                .setAllowedClockSkewInSeconds((int) this.config.clockSkew().toSeconds())
                .setExpectedIssuer(this.config.issuer())
                .setExpectedAudience(this.config.audience())
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .setVerificationKeyResolver((jws, nesting) -> {
                    if (jws.getHeader("jku") != null || jws.getHeader("jwk") != null || jws.getHeader("x5u") != null) {
                        throw new UnresolvableKeyException("Tokens naming their own key are refused");
                    }
                    String kid = jws.getKeyIdHeaderValue();
                    return keys.verificationKey(kid == null ? "" : kid)
                            .orElseThrow(() -> new UnresolvableKeyException("Unknown key id"))
                            .publicKey();
                })
                .build();
    }

    public Issued issue(StaffUser user, Instant now) {
        SigningKey key = keys.signingKey();
        Instant expires = now.plus(config.accessTokenTtl());
        String token = Jwt.issuer(config.issuer())
                .audience(config.audience())
                .subject(user.username)
                .upn(user.username)
                .groups(Set.copyOf(user.roles))
                .claim("name", user.displayName)
                .claim("typ", TOKEN_TYPE)
                .claim("jti", UUID.randomUUID().toString())
                .issuedAt(now)
                .claim("nbf", now.getEpochSecond())
                .expiresAt(expires)
                .jws()
                .keyId(key.kid())
                .algorithm(SignatureAlgorithm.RS256)
                .header("typ", "JWT")
                .sign(key.privateKey());
        return new Issued(token, now, expires, key.kid());
    }

    /** The claims of a valid access token; anything else is an {@link InvalidJwtException}. */
    public JwtClaims verify(String token) throws InvalidJwtException {
        JwtClaims claims = consumer.processToClaims(token);
        if (!TOKEN_TYPE.equals(claims.getClaimValue("typ"))) {
            throw new InvalidJwtException("Not an access token", java.util.List.of(), null);
        }
        return claims;
    }
}
