package kyoso.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import kyoso.gateway.domain.SigningKey;
import kyoso.gateway.persistence.KeyDirectory;
import org.jose4j.json.JsonUtil;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.Test;

/** The gateway accepts only the tokens it issued, unchanged and still valid. */
@QuarkusTest
class TokenVerificationTest {

    private static final String ISSUER = "https://kyoso.kanazawa.example/auth";
    private static final String AUDIENCE = "kyoso-api";

    @Test
    void aGenuineTokenIsAccepted() throws Exception {
        status(sign(claims(ISSUER, AUDIENCE, 300), realKey()), 200);
    }

    @Test
    void tamperedPayloadIs401() {
        String token = Staff.token(Staff.admin());
        String[] parts = token.split("\\.");
        Map<String, Object> payload;
        try {
            payload = JsonUtil.parseJson(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        payload = new java.util.HashMap<>(payload);
        payload.put("sub", "someone-else");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(JsonUtil.toJson(payload).getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        status(forged, 401);
    }

    @Test
    void expiredTokenIs401() throws Exception {
        JwtClaims claims = claims(ISSUER, AUDIENCE, 300);
        claims.setIssuedAt(NumericDate.fromSeconds(Instant.now().minusSeconds(3600).getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(Instant.now().minusSeconds(600).getEpochSecond()));
        status(sign(claims, realKey()), 401);
    }

    @Test
    void notYetValidTokenIs401() throws Exception {
        JwtClaims claims = claims(ISSUER, AUDIENCE, 3600);
        claims.setNotBefore(NumericDate.fromSeconds(Instant.now().plusSeconds(1800).getEpochSecond()));
        status(sign(claims, realKey()), 401);
    }

    @Test
    void wrongIssuerOrAudienceIs401() throws Exception {
        SigningKey key = realKey();
        status(sign(claims("https://evil.example/auth", AUDIENCE, 300), key), 401);
        status(sign(claims(ISSUER, "another-api", 300), key), 401);
    }

    @Test
    void unsignedTokenIs401() throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims(ISSUER, AUDIENCE, 300).toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
        jws.setAlgorithmConstraints(org.jose4j.jwa.AlgorithmConstraints.NO_CONSTRAINTS);
        status(jws.getCompactSerialization(), 401);
    }

    @Test
    void hs256SignedWithThePublicKeyIs401() throws Exception {
        SigningKey key = realKey();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims(ISSUER, AUDIENCE, 300).toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        jws.setKeyIdHeaderValue(key.kid());
        jws.setKey(new HmacKey(key.publicKey().getEncoded()));
        status(jws.getCompactSerialization(), 401);
    }

    @Test
    void foreignKeyEvenWithAKnownKidOrAJkuIs401() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey foreign = generator.generateKeyPair().getPrivate();
        String kid = realKey().kid();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims(ISSUER, AUDIENCE, 300).toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setKeyIdHeaderValue(kid);
        jws.setHeader("jku", "https://evil.example/jwks.json");
        jws.setKey(foreign);
        status(jws.getCompactSerialization(), 401);
        // A genuine signature that names an outside key set is refused as well.
        JsonWebSignature withJku = new JsonWebSignature();
        withJku.setPayload(claims(ISSUER, AUDIENCE, 300).toJson());
        withJku.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        withJku.setKeyIdHeaderValue(kid);
        withJku.setHeader("jku", "https://evil.example/jwks.json");
        withJku.setKey(realKey().privateKey());
        status(withJku.getCompactSerialization(), 401);
    }

    @Test
    void tokenWithoutTheAccessTypeIs401() throws Exception {
        JwtClaims claims = claims(ISSUER, AUDIENCE, 300);
        claims.setClaim("typ", "Refresh");
        status(sign(claims, realKey()), 401);
    }

    @Test
    void rotationKeepsTokensOfThePreviousKeyValid() {
        String before = Staff.token(Staff.admin());
        String oldKid = kidOf(before);
        String admin = "Bearer " + before;
        String newKid = Staff.client().header("Authorization", admin).when().post("/auth/keys/rotate")
                .then().statusCode(201).extract().path("kid");
        assertNotEquals(oldKid, newKid);
        given().when().get("/auth/jwks.json").then().statusCode(200).body("keys.kid", hasItems(oldKid, newKid));
        // Tokens signed before the rotation stay valid until they expire...
        Staff.client().header("Authorization", admin).when().get("/auth/me").then().statusCode(200);
        // ...and new tokens are signed with the new key (the test profile activates keys at once).
        assertEquals(newKid, kidOf(Staff.token(Staff.admin())));
    }

    @Test
    void onlyAdminsRotateKeys() {
        var editor = Staff.create("plan-editor");
        Staff.client().header("Authorization", "Bearer " + Staff.token(editor)).when().post("/auth/keys/rotate")
                .then().statusCode(403);
    }

    private static String kidOf(String token) {
        try {
            return (String) JsonUtil.parseJson(new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]),
                    StandardCharsets.UTF_8)).get("kid");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The newest key in the gateway's key directory: a test may sign with it to make tokens the gateway could have made. */
    private static SigningKey realKey() {
        List<SigningKey> keys = new KeyDirectory(Staff.keysDir()).load();
        return keys.get(keys.size() - 1);
    }

    private static JwtClaims claims(String issuer, String audience, long lifetimeSeconds) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience(audience);
        claims.setSubject("admin");
        claims.setClaim("upn", "admin");
        claims.setStringListClaim("groups", "admin");
        claims.setClaim("typ", "Bearer");
        claims.setGeneratedJwtId();
        claims.setIssuedAtToNow();
        claims.setExpirationTime(NumericDate.fromSeconds(Instant.now().getEpochSecond() + lifetimeSeconds));
        return claims;
    }

    private static String sign(JwtClaims claims, SigningKey key) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setKeyIdHeaderValue(key.kid());
        jws.setKey(key.privateKey());
        return jws.getCompactSerialization();
    }

    private static void status(String token, int expected) {
        Staff.client().header("Authorization", "Bearer " + token).when().get("/auth/me").then().statusCode(expected);
    }
}
