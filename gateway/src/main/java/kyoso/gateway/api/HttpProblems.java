package kyoso.gateway.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import kyoso.kit.problem.Problem;
import kyoso.kit.problem.Problems;

/**
 * problem+json for answers the gateway gives outside JAX-RS (routing, limits, SPA): the same body
 * the services' mappers produce, so a client handles every error alike.
 */
@ApplicationScoped
public class HttpProblems {

    private final ObjectMapper json;

    HttpProblems(ObjectMapper json) {
        this.json = json;
    }

    public Buffer body(int status, String slug, String title, String detail, String instance) {
        Problem problem = new Problem(Problems.TYPE_PREFIX + slug, title, status, detail, instance, List.of());
        try {
            return Buffer.buffer(json.writeValueAsBytes(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public void send(RoutingContext rc, int status, String slug, String title, String detail) {
        if (rc.response().ended()) {
            return;
        }
        rc.response().setStatusCode(status)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Cache-Control", "no-store")
                .end(body(status, slug, title, detail, rc.request().path()));
    }
}
