package kyoso.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import kyoso.gateway.config.GatewayConfig;
import org.jboss.logging.Logger;

/** Fetches each service's OpenAPI document (in parallel, with a timeout). */
@ApplicationScoped
public class ServiceDocuments {

    private static final Logger LOG = Logger.getLogger(ServiceDocuments.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final GatewayConfig config;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    ServiceDocuments(GatewayConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    /** Service name -> its document, or empty when the service did not answer; sorted by name. */
    public Map<String, Optional<JsonNode>> fetchAll() {
        Map<String, CompletableFuture<Optional<JsonNode>>> pending = new TreeMap<>();
        config.upstreams().forEach((name, upstream) -> pending.put(name, fetch(name, upstream)));
        Map<String, Optional<JsonNode>> result = new TreeMap<>();
        pending.forEach((name, future) -> result.put(name, future.join()));
        return result;
    }

    private CompletableFuture<Optional<JsonNode>> fetch(String name, GatewayConfig.Upstream upstream) {
        URI uri = URI.create(upstream.url().replaceAll("/+$", "") + upstream.openapi());
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json").GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(response -> {
                    if (response.statusCode() != 200) {
                        LOG.warnf("OpenAPI of %s answered %d", name, response.statusCode());
                        return Optional.<JsonNode>empty();
                    }
                    try {
                        return Optional.of(json.readTree(response.body()));
                    } catch (java.io.IOException e) {
                        LOG.warnf("OpenAPI of %s is not JSON: %s", name, e.getMessage());
                        return Optional.<JsonNode>empty();
                    }
                })
                .exceptionally(failure -> {
                    LOG.warnf("OpenAPI of %s not available: %s", name, failure.getMessage());
                    return Optional.empty();
                });
    }
}
