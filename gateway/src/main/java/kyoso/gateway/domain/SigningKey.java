package kyoso.gateway.domain;

import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;

/** One RSA key pair the gateway signs access tokens with; {@code kid} names it in tokens and the JWKS. */
public record SigningKey(String kid, Instant created, RSAPrivateKey privateKey, RSAPublicKey publicKey) {
}
