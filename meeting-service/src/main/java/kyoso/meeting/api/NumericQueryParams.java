package kyoso.meeting.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.regex.Pattern;
import kyoso.kit.problem.ProblemException;

/**
 * JAX-RS answers a query parameter it cannot convert with 404, as if the resource did not exist.
 * The numeric parameters of this API are checked here first, so "?fiscalYear=令和7" is a 400
 * naming the parameter instead.
 */
@Provider
@PreMatching
public class NumericQueryParams implements ContainerRequestFilter {

    private static final Pattern INT = Pattern.compile("-?\\d{1,9}");
    private static final Pattern LONG = Pattern.compile("-?\\d{1,18}");
    private static final Map<String, Pattern> NUMERIC = Map.of(
            "fiscalYear", INT, "page", INT, "size", INT, "entityId", LONG);

    @Override
    public void filter(ContainerRequestContext request) {
        request.getUriInfo().getQueryParameters().forEach((name, values) -> {
            Pattern pattern = NUMERIC.get(name);
            if (pattern != null && values.stream().anyMatch(v -> !pattern.matcher(v).matches())) {
                throw ProblemException.invalid(name, name + ": 半角数字で指定してください(例: 2025) / must be a whole number");
            }
        });
    }
}
