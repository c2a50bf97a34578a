package kyoso.gateway.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import kyoso.gateway.config.GatewayConfig;
import kyoso.gateway.domain.OpenDataCatalog;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/opendata")
@Tag(name = "Open data", description = "The DCAT catalog of the city's open data")
public class OpenDataResource {

    public static final String JSON_LD = "application/ld+json";

    private final GatewayConfig config;
    private final ObjectMapper json;

    OpenDataResource(GatewayConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    @GET
    @Path("/catalog.jsonld")
    @Produces(JSON_LD)
    @Operation(summary = "Open-data catalog (DCAT, JSON-LD)",
            description = "One dataset per public collection with CSV (UTF-8 with BOM) and JSON downloads, the API as a "
                    + "DataService. Publisher 金沢市 (172014), licence CC BY 4.0. Harvestable by CKAN (ckanext-dcat).")
    @APIResponse(responseCode = "200", description = "The catalog")
    @APIResponse(responseCode = "304", description = "Unchanged")
    public Response catalog(@Context UriInfo uri, @Context Request request) throws JsonProcessingException {
        URI base = config.publicUrl().filter(u -> !u.isBlank()).map(URI::create)
                .orElseGet(() -> uri.getBaseUri());
        byte[] body = json.writerWithDefaultPrettyPrinter()
                .writeValueAsString(new OpenDataCatalog(json).build(base, config.opendata().datasets()))
                .getBytes(StandardCharsets.UTF_8);
        EntityTag etag = new EntityTag(sha256(body));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        if (notModified != null) {
            return notModified.cacheControl(cache).build();
        }
        return Response.ok(body, JSON_LD + ";charset=UTF-8").tag(etag).cacheControl(cache).build();
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
