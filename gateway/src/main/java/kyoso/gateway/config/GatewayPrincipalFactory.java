package kyoso.gateway.config;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import kyoso.gateway.domain.AccessTokens;
import org.jose4j.jwt.consumer.InvalidJwtException;

/**
 * The gateway verifies its own tokens against its key ring directly, instead of fetching its
 * own JWKS over HTTP like the services do.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class GatewayPrincipalFactory extends JWTCallerPrincipalFactory {

    private final AccessTokens tokens;

    GatewayPrincipalFactory(AccessTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo authContextInfo) throws ParseException {
        try {
            return new DefaultJWTCallerPrincipal(token, "JWT", tokens.verify(token));
        } catch (InvalidJwtException e) {
            throw new ParseException("Invalid access token", e);
        }
    }
}
