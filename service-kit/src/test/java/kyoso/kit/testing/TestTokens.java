package kyoso.kit.testing;

import io.smallrye.jwt.build.Jwt;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/** Signs staff tokens for tests with the key {@link ServiceTestResource} generated. */
public final class TestTokens {

    private TestTokens() {
    }

    /** A valid access token for a staff member with the given roles. */
    public static String staff(String... roles) {
        var config = ConfigProvider.getConfig();
        return Jwt.issuer(config.getValue("mp.jwt.verify.issuer", String.class))
                .audience(config.getValue("mp.jwt.verify.audiences", String.class))
                .upn("tester@city.kanazawa.example")
                .subject("tester")
                .groups(Set.of(roles))
                .expiresIn(300)
                .sign();
    }

    /** Authorization header value. */
    public static String bearer(String... roles) {
        return "Bearer " + staff(roles);
    }
}
