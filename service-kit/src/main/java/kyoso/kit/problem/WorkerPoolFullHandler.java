package kyoso.kit.problem;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import org.jboss.logging.Logger;

/**
 * A request that finds the worker pool and its queue full (service-kit bounds both) is refused before
 * any resource or exception mapper sees it: Quarkus would answer a bare 503 and log a warning for each
 * one. Here the caller gets the same problem+json and Retry-After as every other 503, and the log stays
 * quiet while a surge is being refused (one warning per refusal costs CPU exactly when there is none).
 */
@ApplicationScoped
public class WorkerPoolFullHandler {

    private static final Logger LOG = Logger.getLogger(WorkerPoolFullHandler.class);

    /** Before every other route's failure handler, so that Quarkus's own never answers this case. */
    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        if (!(context.failure() instanceof RejectedExecutionException) || context.response().headWritten()) {
            context.next();
            return;
        }
        LOG.debugf("worker pool full, refused %s %s", context.request().method(), context.request().path());
        Problem problem = Problems.busy(context.request().path());
        context.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.RETRY_AFTER, Problems.RETRY_AFTER_SECONDS)
                .end(Json.encode(problem));
    }
}
