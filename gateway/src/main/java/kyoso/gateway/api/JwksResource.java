package kyoso.gateway.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.math.BigInteger;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kyoso.gateway.domain.KeyRing;
import kyoso.gateway.domain.SigningKey;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/auth/jwks.json")
@Tag(name = "Sign-in", description = "Staff sign-in, access tokens and the keys that verify them")
public class JwksResource {

    private final KeyRing keys;

    JwksResource(KeyRing keys) {
        this.keys = keys;
    }

    @GET
    @Produces("application/json")
    @Operation(summary = "Public keys that verify access tokens (JWKS)",
            description = "RS256 keys by kid. During a key rotation the next and the previous key are listed too.")
    public Response jwks() {
        List<Map<String, String>> published = keys.published().stream().map(JwksResource::jwk).toList();
        CacheControl cache = new CacheControl();
        cache.setMaxAge(60);
        return Response.ok(Map.of("keys", published)).cacheControl(cache).build();
    }

    private static Map<String, String> jwk(SigningKey key) {
        Map<String, String> jwk = new LinkedHashMap<>();
        jwk.put("kty", "RSA");
        jwk.put("use", "sig");
        jwk.put("alg", "RS256");
        jwk.put("kid", key.kid());
        jwk.put("n", base64Url(key.publicKey().getModulus()));
        jwk.put("e", base64Url(key.publicKey().getPublicExponent()));
        return jwk;
    }

    /** Unsigned big-endian, as RFC 7518 wants: no leading zero byte. */
    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
