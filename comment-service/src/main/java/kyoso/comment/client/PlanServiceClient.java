package kyoso.comment.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** plan-service's public API, as far as comment-service needs it. Config key: quarkus.rest-client.plan-service.url. */
@ApplicationScoped
@RegisterRestClient(configKey = "plan-service")
@RegisterProvider(PlanServiceClient.NotFoundMapper.class)
@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
public interface PlanServiceClient {

    @GET
    @Path("/{plan}/versions/{version}/tree")
    Tree tree(@PathParam("plan") String plan, @PathParam("version") String version);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Tree(Plan plan, Version version, List<Node> nodes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Plan(String code, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Version(String code, String label, Dated dated) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Dated(LocalDate date) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Node(String key, String number, String title, List<Node> children) {
    }

    /** plan-service answered that the plan or version does not exist: a caller's mistake, not an outage. */
    class PlanVersionNotFound extends RuntimeException {
        public PlanVersionNotFound() {
            super("plan or version not found", null, false, false);
        }
    }

    class NotFoundMapper implements ResponseExceptionMapper<RuntimeException> {
        @Override
        public RuntimeException toThrowable(Response response) {
            return response.getStatus() == 404 ? new PlanVersionNotFound() : null;
        }

        @Override
        public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
            return status == 404;
        }
    }
}
