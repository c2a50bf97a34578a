package kyoso.kit.testing;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.Test;

/**
 * What every service must refuse on its own, whatever the gateway did: each service's test extends this
 * with one staff-only request of its own. A forged, expired, not-yet-valid, unsigned, HS256-confused,
 * wrong-issuer or wrong-audience token is 401; a genuine token with another role is 403.
 */
public abstract class TokenVerificationContract {

    /** Makes the staff-only request under test with what is given (an Authorization header or none); returns the status. */
    protected abstract int call(RequestSpecification request);

    /** A role allowed to make the request. */
    protected abstract String allowedRole();

    /** A real role that is not allowed to. */
    protected abstract String otherRole();

    @Test
    void aGenuineTokenWithTheRightRoleGetsThrough() throws Exception {
        int status = statusWith(sign(claims(issuer(), audience(), allowedRole()), ownKey()));
        if (status == 401 || status == 403) {
            throw new AssertionError("a genuine " + allowedRole() + " token was refused with " + status);
        }
    }

    @Test
    void anotherRoleIs403() throws Exception {
        expect(403, sign(claims(issuer(), audience(), otherRole()), ownKey()));
    }

    @Test
    void noTokenIs401() {
        int status = call(given());
        if (status != 401) {
            throw new AssertionError("expected 401 without a token, got " + status);
        }
    }

    @Test
    void aForeignKeyIs401() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        expect(401, sign(claims(issuer(), audience(), allowedRole()), generator.generateKeyPair().getPrivate()));
    }

    @Test
    void expiredIs401() throws Exception {
        JwtClaims claims = claims(issuer(), audience(), allowedRole());
        claims.setIssuedAt(NumericDate.fromSeconds(Instant.now().minusSeconds(3600).getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(Instant.now().minusSeconds(600).getEpochSecond()));
        expect(401, sign(claims, ownKey()));
    }

    @Test
    void notYetValidIs401() throws Exception {
        JwtClaims claims = claims(issuer(), audience(), allowedRole());
        claims.setNotBefore(NumericDate.fromSeconds(Instant.now().plusSeconds(1800).getEpochSecond()));
        expect(401, sign(claims, ownKey()));
    }

    @Test
    void wrongIssuerIs401() throws Exception {
        expect(401, sign(claims("https://evil.example/auth", audience(), allowedRole()), ownKey()));
    }

    @Test
    void wrongAudienceIs401() throws Exception {
        expect(401, sign(claims(issuer(), "another-api", allowedRole()), ownKey()));
    }

    @Test
    void unsignedIs401() throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims(issuer(), audience(), allowedRole()).toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
        jws.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
        expect(401, jws.getCompactSerialization());
    }

    @Test
    void hs256SignedWithThePublicKeyIs401() throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims(issuer(), audience(), allowedRole()).toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        jws.setKey(new HmacKey(publicKeyDer()));
        expect(401, jws.getCompactSerialization());
    }

    private void expect(int expected, String token) {
        int status = statusWith(token);
        if (status != expected) {
            throw new AssertionError("expected " + expected + ", got " + status);
        }
    }

    private int statusWith(String token) {
        return call(given().header("Authorization", "Bearer " + token));
    }

    private static JwtClaims claims(String issuer, String audience, String role) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience(audience);
        claims.setSubject("tester");
        claims.setClaim("upn", "tester@city.kanazawa.example");
        claims.setStringListClaim("groups", role);
        claims.setGeneratedJwtId();
        claims.setIssuedAtToNow();
        claims.setExpirationTime(NumericDate.fromSeconds(Instant.now().getEpochSecond() + 300));
        return claims;
    }

    private static String sign(JwtClaims claims, PrivateKey key) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setKey(key);
        return jws.getCompactSerialization();
    }

    private static String issuer() {
        return ConfigProvider.getConfig().getValue("mp.jwt.verify.issuer", String.class);
    }

    private static String audience() {
        return ConfigProvider.getConfig().getValue("mp.jwt.verify.audiences", String.class);
    }

    /** The key ServiceTestResource generated for this run: tokens signed with it are genuine here. */
    private static PrivateKey ownKey() throws Exception {
        byte[] der = pemBody(ConfigProvider.getConfig().getValue("smallrye.jwt.sign.key.location", String.class));
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    }

    private static byte[] publicKeyDer() throws Exception {
        byte[] der = pemBody(ConfigProvider.getConfig().getValue("mp.jwt.verify.publickey.location", String.class));
        KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der)); // fail early on a bad file
        return der;
    }

    private static byte[] pemBody(String location) throws Exception {
        String pem = Files.readString(Path.of(java.net.URI.create(location)));
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
    }
}
