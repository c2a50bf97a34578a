package kyoso.kit.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * One id per request, in every application: the gateway makes it (or keeps a caller's well-formed one,
 * so a trace can cross systems) and passes it on; each service takes it from the header. It is put in
 * the logging context, so every log line written about the request names it ({@code %X{requestId}} in
 * the log format), and it is echoed in the answer.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

    /** Before every other filter, so that what they log carries the id too. */
    void register(@Observes Filters filters) {
        filters.register(this::tag, 1000);
    }

    private void tag(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String id = request.getHeader(HEADER);
        if (id == null || !WELL_FORMED.matcher(id).matches()) {
            id = UUID.randomUUID().toString();
            request.headers().set(HEADER, id);
        }
        rc.response().putHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        rc.addEndHandler(done -> MDC.remove(MDC_KEY));
        rc.next();
    }
}
