package kyoso.gateway.api;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.impl.MimeMapping;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import kyoso.gateway.config.GatewayConfig;

/**
 * Serves the built SPA for every path nobody else answered. Files are served as they are; any
 * other GET that accepts HTML gets index.html so the SPA's router handles deep links (history
 * fallback). Hashed assets are cached for a year, index.html is revalidated on every load so a
 * new release is picked up at once.
 */
@ApplicationScoped
public class SpaRoute {

    private static final String[] GATEWAY_PREFIXES = {"/api/", "/auth/", "/q/", "/opendata/"};

    private final Path root;
    private final HttpProblems problems;

    SpaRoute(GatewayConfig config, HttpProblems problems) {
        this.root = Path.of(config.spaDir()).toAbsolutePath().normalize();
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_DEFAULT - 100).handler(this::serve);
    }

    private void serve(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String path = rc.normalizedPath();
        boolean read = request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD;
        if (!read || isGatewayPath(path)) {
            // The gateway's own endpoints (JAX-RS, health, OpenAPI) answer these, including their 404s.
            rc.next();
            return;
        }
        Path file = root.resolve(path.substring(1)).normalize();
        if (file.startsWith(root) && Files.isRegularFile(file) && !path.equals("/index.html")) {
            send(rc, file, path.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "public, max-age=3600");
            return;
        }
        String accept = request.getHeader("Accept");
        Path index = root.resolve("index.html");
        if (accept != null && accept.contains("text/html") && Files.isRegularFile(index)) {
            send(rc, index, "no-cache");
            return;
        }
        if (!Files.isRegularFile(index)) {
            problems.send(rc, 503, "spa-missing", "画面が準備されていません (Site not built)",
                    "SPA がビルドされていません (" + root + ")。 / The SPA has not been built.");
            return;
        }
        problems.send(rc, 404, "not-found", "見つかりません (Not found)",
                "このアドレスには何もありません。 / Nothing is served at " + request.path() + ".");
    }

    private static boolean isGatewayPath(String path) {
        for (String prefix : GATEWAY_PREFIXES) {
            if (path.startsWith(prefix) || path.equals(prefix.substring(0, prefix.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    private void send(RoutingContext rc, Path file, String cacheControl) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            problems.send(rc, 404, "not-found", "見つかりません (Not found)",
                    "ファイルが見つかりません。 / No such file.");
            return;
        }
        String etag = "\"" + Long.toHexString(attributes.size()) + "-"
                + Long.toHexString(attributes.lastModifiedTime().toMillis()) + "\"";
        HttpServerResponse response = rc.response();
        response.putHeader("Cache-Control", cacheControl);
        response.putHeader("ETag", etag);
        response.putHeader("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME
                .format(attributes.lastModifiedTime().toInstant().atOffset(ZoneOffset.UTC)));
        String name = file.getFileName().toString();
        String type = MimeMapping.getMimeTypeForFilename(name);
        if (type == null) {
            type = "application/octet-stream";
        } else if (type.startsWith("text/") || type.equals("application/javascript") || type.equals("application/json")) {
            type += ";charset=UTF-8";
        }
        response.putHeader("Content-Type", type);
        if (etag.equals(rc.request().getHeader("If-None-Match"))) {
            response.setStatusCode(304).end();
            return;
        }
        if (rc.request().method() == HttpMethod.HEAD) {
            response.putHeader("Content-Length", Long.toString(attributes.size())).end();
            return;
        }
        response.sendFile(file.toString());
    }
}
