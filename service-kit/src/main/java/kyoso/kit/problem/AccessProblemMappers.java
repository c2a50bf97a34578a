package kyoso.kit.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A refused staff request says why in the same problem+json as every other error, instead of the
 * empty 401/403 body Quarkus gives by default: the console shows "sign in again" or "your role may
 * not do this" from it, and a civic-tech client sees a readable reason.
 */
public class AccessProblemMappers {

    private static final String SIGN_IN = "サインインが必要です。もう一度サインインしてください。 / Sign-in required: please sign in again.";

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return challenge(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return challenge(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problems.response(403, "forbidden", "Forbidden",
                "この操作を行う権限(ロール)がありません。 / Your role does not allow this operation.", uri, List.of());
    }

    private static Response challenge(UriInfo uri) {
        Response problem = Problems.response(401, "unauthorized", "Unauthorized", SIGN_IN, uri, List.of());
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }
}
