package kyoso.kit.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds problem+json responses the same way for every mapper. */
public final class Problems {

    public static final String TYPE_PREFIX = "https://kyoso.kanazawa.example/problems/";
    public static final MediaType MEDIA_TYPE = MediaType.valueOf(Problem.MEDIA_TYPE);
    /**
     * A service's 503 is always a moment's outage (the database away, the intake too busy to confirm):
     * the client is told when trying again makes sense, as the gateway does for its own 503s.
     */
    static final String RETRY_AFTER_SECONDS = "5";

    /** No worker free and no room to wait for one. */
    static final String BUSY = "busy";
    static final String BUSY_TITLE = "混み合っています (Busy)";
    static final String BUSY_DETAIL = "ただいま混み合っています。少し待ってから再度お試しください。 / The service is busy; please try again in a moment.";

    private Problems() {
    }

    /** The service has no worker free and no room to wait for one: come back in a moment. */
    static Problem busy(String path) {
        return new Problem(TYPE_PREFIX + BUSY, BUSY_TITLE, 503, BUSY_DETAIL, path, List.of());
    }

    public static Response response(int status, String slug, String title, String detail, UriInfo uri,
                                    List<Problem.FieldError> errors) {
        return response(status, slug, title, detail, uri, errors, null);
    }

    public static Response response(int status, String slug, String title, String detail, UriInfo uri,
                                    List<Problem.FieldError> errors, Object current) {
        String instance = uri == null ? null : uri.getRequestUri().getRawPath();
        Problem problem = new Problem(TYPE_PREFIX + slug, title, status, detail, instance, errors);
        Object body = problem;
        if (current != null) {
            // Keep problem fields first, then the current state so a client can show both.
            Map<String, Object> withCurrent = new LinkedHashMap<>();
            withCurrent.put("type", problem.type());
            withCurrent.put("title", problem.title());
            withCurrent.put("status", problem.status());
            withCurrent.put("detail", problem.detail());
            withCurrent.put("instance", problem.instance());
            withCurrent.put("current", current);
            body = withCurrent;
        }
        Response.ResponseBuilder response = Response.status(status).type(MEDIA_TYPE).entity(body);
        if (status == 503) {
            response.header("Retry-After", RETRY_AFTER_SECONDS);
        }
        return response.build();
    }
}
