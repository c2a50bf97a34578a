package kyoso.gateway.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import kyoso.gateway.domain.SignIn;
import kyoso.kit.problem.Problems;

/** A locked account answers 429 with Retry-After, like any other "slow down". */
@Provider
public class LockedOutMapper implements ExceptionMapper<SignIn.LockedOut> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(SignIn.LockedOut locked) {
        long seconds = Math.max(1, locked.retryAfter().toSeconds() + 1);
        Response problem = Problems.response(429, "account-locked", "しばらくサインインできません (Account locked)",
                "サインインの失敗が続いたため、" + seconds + " 秒間サインインできません。 / Too many failed sign-ins: try again in "
                        + seconds + " seconds.", uri, List.of());
        return Response.fromResponse(problem).header("Retry-After", Long.toString(seconds)).build();
    }
}
