package kyoso.comment.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * Open-data convention: {@code ?format=csv} on a collection asks for CSV. Turned into an Accept header
 * before matching, so each resource offers CSV as an ordinary text/csv method beside its JSON one.
 * JSON stays the default: a request that does not name text/csv (e.g. Accept: *&#47;*) gets JSON.
 */
@Provider
@PreMatching
public class FormatQueryFilter implements ContainerRequestFilter {

    static final String CSV = "text/csv";

    @Override
    public void filter(ContainerRequestContext request) {
        if ("csv".equalsIgnoreCase(request.getUriInfo().getQueryParameters().getFirst("format"))) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, CSV);
            return;
        }
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept == null || !accept.contains(CSV)) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON);
        }
    }
}
