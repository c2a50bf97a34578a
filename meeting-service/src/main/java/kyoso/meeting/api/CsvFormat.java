package kyoso.meeting.api;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import kyoso.kit.problem.ProblemException;

/**
 * {@code ?format=csv} is the open-data spelling of {@code Accept: text/csv}: a link in a catalog
 * cannot set headers. Turning one into the other here lets every list resource keep one typed method.
 */
@Provider
@PreMatching
public class CsvFormat implements ContainerRequestFilter {

    public static final String TEXT_CSV = "text/csv";

    @Override
    public void filter(ContainerRequestContext request) {
        String format = request.getUriInfo().getQueryParameters().getFirst("format");
        if (format == null || !HttpMethod.GET.equals(request.getMethod())) {
            return;
        }
        switch (format) {
            case "csv" -> request.getHeaders().putSingle(HttpHeaders.ACCEPT, TEXT_CSV);
            case "json" -> request.getHeaders().putSingle(HttpHeaders.ACCEPT, "application/json");
            default -> throw ProblemException.invalid("format", "format: json または csv を指定してください / json or csv");
        }
    }
}
