package kyoso.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Three small HTTP servers standing in for the services. Each answers with what it received
 * (method, path, query, body, headers) so a test can see that the gateway changed nothing;
 * ".../slow" never answers, ".../reset" drops the connection, ".../shared" allows a shared cache
 * to keep the answer for a minute (as the services' public reads do for a second), and /q/openapi serves a small
 * OpenAPI document. Also prepares a built SPA and an empty keys directory.
 */
public class UpstreamStubs implements QuarkusTestResourceLifecycleManager {

    public static final String SPA_INDEX = "<!doctype html><html><head><script type=\"module\" src=\"/assets/app-1a2b3c.js\"></script></head><body><div id=\"root\"></div></body></html>";
    public static final String SPA_SCRIPT = "console.log('kyoso');";

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        Map<String, String> config = new HashMap<>();
        for (String service : new String[]{"plan", "comment", "meeting"}) {
            config.put("kyoso.gateway.upstreams." + service + ".url", "http://localhost:" + startStub(service));
        }
        // A service that is down: a port nobody listens on.
        config.put("kyoso.gateway.upstreams.down.url", "http://localhost:" + freePort());
        config.put("kyoso.gateway.upstreams.down.prefixes", "/api/v1/down-service");
        config.put("kyoso.gateway.proxy.response-timeout", "1s");
        try {
            Path spa = Files.createTempDirectory("kyoso-spa");
            Files.writeString(spa.resolve("index.html"), SPA_INDEX);
            Files.createDirectories(spa.resolve("assets"));
            Files.writeString(spa.resolve("assets/app-1a2b3c.js"), SPA_SCRIPT);
            Files.writeString(spa.resolve("robots.txt"), "User-agent: *\n");
            Path state = Files.createTempDirectory("kyoso-state");
            config.put("kyoso.gateway.spa-dir", spa.toString());
            config.put("kyoso.gateway.keys-dir", state.resolve("keys").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return config;
    }

    private int startStub(String service) {
        HttpServer server = vertx.createHttpServer().requestHandler(request -> answer(service, request));
        try {
            return server.listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the stub " + service, e);
        }
    }

    private static void answer(String service, HttpServerRequest request) {
        if (request.path().startsWith("/q/openapi")) {
            request.response().putHeader("Content-Type", "application/json").end(StubOpenApi.document(service).encode());
            return;
        }
        if (request.path().endsWith("/slow")) {
            return;
        }
        if (request.path().endsWith("/reset")) {
            request.connection().close();
            return;
        }
        if ("\"stub-1\"".equals(request.getHeader("If-None-Match"))) {
            // What a service answers a client that already holds this representation.
            request.response().setStatusCode(304).putHeader("ETag", "\"stub-1\"").end();
            return;
        }
        request.body().onSuccess(body -> {
            JsonObject headers = new JsonObject();
            request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
            JsonObject echo = new JsonObject()
                    .put("service", service)
                    .put("method", request.method().name())
                    .put("path", request.path())
                    .put("query", request.query())
                    .put("body", body.toString())
                    .put("headers", headers);
            if (request.path().endsWith("/shared")) {
                request.response().putHeader("Cache-Control", "public, max-age=0, s-maxage=60")
                        .putHeader("Vary", "Accept, Accept-Language, Authorization");
            }
            request.response()
                    .setStatusCode(request.method().name().equals("POST") ? 201 : 200)
                    .putHeader("Content-Type", "application/json")
                    .putHeader("ETag", "\"stub-1\"")
                    .putHeader("Access-Control-Allow-Origin", "https://evil.example")
                    .end(echo.encode());
        });
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }

    /** Small OpenAPI documents as the services would publish them. */
    static final class StubOpenApi {
        static JsonObject document(String service) {
            String path = switch (service) {
                case "plan" -> "/api/v1/plans";
                case "comment" -> "/api/v1/consultations";
                default -> "/api/v1/meetings";
            };
            JsonObject problem = new JsonObject().put("type", "object")
                    .put("properties", new JsonObject().put("title", new JsonObject().put("type", "string")));
            // Each service has its own "Summary" schema: the merge must keep all three apart.
            JsonObject summary = new JsonObject().put("type", "object")
                    .put("properties", new JsonObject().put(service + "Field", new JsonObject().put("type", "string")));
            JsonObject operation = new JsonObject()
                    .put("summary", "List " + service + " things")
                    .put("tags", new JsonArray().add(service))
                    .put("responses", new JsonObject()
                            .put("200", new JsonObject().put("description", "OK").put("content", new JsonObject()
                                    .put("application/json", new JsonObject().put("schema",
                                            new JsonObject().put("$ref", "#/components/schemas/Summary")))))
                            .put("404", new JsonObject().put("description", "Not found").put("content", new JsonObject()
                                    .put("application/problem+json", new JsonObject().put("schema",
                                            new JsonObject().put("$ref", "#/components/schemas/Problem"))))));
            return new JsonObject()
                    .put("openapi", "3.1.0")
                    .put("info", new JsonObject().put("title", "Kyoso " + service + "-service").put("version", "1"))
                    .put("tags", new JsonArray().add(new JsonObject().put("name", service)))
                    .put("paths", new JsonObject().put(path, new JsonObject().put("get", operation)))
                    .put("components", new JsonObject().put("schemas",
                            new JsonObject().put("Problem", problem).put("Summary", summary)));
        }
    }
}
