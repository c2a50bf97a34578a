package kyoso.gateway.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Map;
import kyoso.gateway.domain.ApiDocumentation;
import kyoso.kit.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One OpenAPI document for the whole system, and a page to read it (Swagger UI, served from here, no CDN). */
@Path("/api")
@Tag(name = "API documentation", description = "The merged OpenAPI document and its docs page")
public class ApiDocsResource {

    /** The docs page's files: Swagger UI from its webjar, and our own start script. */
    private static final Map<String, String> DOC_FILES = Map.of(
            "swagger-ui.css", "text/css;charset=UTF-8",
            "swagger-ui-bundle.js", "application/javascript;charset=UTF-8",
            "swagger-ui-standalone-preset.js", "application/javascript;charset=UTF-8",
            "start.js", "application/javascript;charset=UTF-8");

    private final ApiDocumentation documentation;
    private final String swaggerUiVersion;

    ApiDocsResource(ApiDocumentation documentation,
                    @ConfigProperty(name = "kyoso.docs.swagger-ui-version") String swaggerUiVersion) {
        this.documentation = documentation;
        this.swaggerUiVersion = swaggerUiVersion;
    }

    @GET
    @Path("/openapi.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The merged OpenAPI document of all services",
            description = "Gateway, plan-, comment- and meeting-service in one document. Each operation names its service "
                    + "in x-kyoso-service; info.x-kyoso-unavailable lists services that did not answer.")
    @APIResponse(responseCode = "200", description = "The document")
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match")
    public Response openapi(@Context Request request) {
        ApiDocumentation.Document document = documentation.current();
        EntityTag etag = new EntityTag(document.etag());
        CacheControl cache = new CacheControl();
        cache.setMaxAge(60);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        if (notModified != null) {
            return notModified.cacheControl(cache).build();
        }
        return Response.ok(document.body()).tag(etag).cacheControl(cache).build();
    }

    @GET
    @Path("/docs")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "API documentation page (HTML)")
    public Response page() {
        return Response.ok(resource("docs/index.html")).header("Cache-Control", "no-cache").build();
    }

    @GET
    @Path("/docs/{file}")
    @Operation(summary = "A file of the API documentation page")
    @APIResponse(responseCode = "404", description = "No such file")
    public Response file(@PathParam("file") String file) {
        String type = DOC_FILES.get(file);
        if (type == null) {
            throw ProblemException.notFound("file", file);
        }
        String location = file.equals("start.js") ? "docs/start.js"
                : "META-INF/resources/webjars/swagger-ui/" + swaggerUiVersion + "/" + file;
        return Response.ok(resource(location)).type(type).header("Cache-Control", "public, max-age=86400").build();
    }

    private static InputStream resource(String location) {
        InputStream stream = Thread.currentThread().getContextClassLoader().getResourceAsStream(location);
        if (stream == null) {
            throw ProblemException.notFound("file", location);
        }
        return stream;
    }
}
