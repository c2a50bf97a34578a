package kyoso.gateway.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.smallrye.openapi.runtime.io.Format;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import kyoso.gateway.client.ServiceDocuments;
import kyoso.gateway.config.GatewayConfig;

/**
 * The merged OpenAPI document of the gateway and all services, kept for cache-ttl. While a
 * service is missing from it, it is kept only briefly, so the document heals once the service is up.
 */
@ApplicationScoped
public class ApiDocumentation {

    private static final Duration RETRY_INCOMPLETE = Duration.ofSeconds(5);

    /** The document as served, with its ETag. */
    public record Document(byte[] body, String etag, Instant built, boolean complete) {
    }

    private final ServiceDocuments services;
    private final OpenApiDocumentService own;
    private final ObjectMapper json;
    private final Duration ttl;
    private final Clock clock = Clock.systemUTC();
    private volatile Document cached;

    ApiDocumentation(ServiceDocuments services, OpenApiDocumentService own, ObjectMapper json, GatewayConfig config) {
        this.services = services;
        this.own = own;
        this.json = json;
        this.ttl = config.openapi().cacheTtl();
    }

    public synchronized Document current() {
        Instant now = clock.instant();
        Document document = cached;
        if (document != null && now.isBefore(document.built().plus(document.complete() ? ttl : RETRY_INCOMPLETE))) {
            return document;
        }
        cached = build(now);
        return cached;
    }

    private Document build(Instant now) {
        List<OpenApiMerger.Source> sources = new ArrayList<>();
        List<String> unavailable = new ArrayList<>();
        try {
            sources.add(new OpenApiMerger.Source("gateway", json.readTree(own.getDocument("<default>", Format.JSON))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        services.fetchAll().forEach((name, document) -> {
            if (document.isPresent()) {
                sources.add(new OpenApiMerger.Source(name, document.get()));
            } else {
                unavailable.add(name);
            }
        });
        JsonNode merged = new OpenApiMerger(json).merge(sources, unavailable);
        try {
            byte[] body = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(merged);
            String etag = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
            return new Document(body, etag, now, unavailable.isEmpty());
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
