package kyoso.gateway.api;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import kyoso.gateway.config.GatewayConfig;
import kyoso.gateway.domain.RateLimiter;
import kyoso.gateway.domain.RateLimiter.Policy;

/**
 * What happens to every request before it is routed (after the request id of service-kit's
 * {@code RequestIds}): per-client rate limits, CORS for public reads, and the security headers on every answer.
 */
@ApplicationScoped
public class GatewayFilters {

    private static final String EXPOSED = "ETag, Last-Modified, Content-Disposition, X-Request-Id, Retry-After, "
            + "RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy";

    private final GatewayConfig config;
    private final HttpProblems problems;
    private final RateLimiter limiter = new RateLimiter(Clock.systemUTC());
    private final Policy general;
    private final Policy login;
    private final Policy submissions;

    GatewayFilters(GatewayConfig config, HttpProblems problems) {
        this.config = config;
        this.problems = problems;
        var limits = config.rateLimits();
        general = new Policy("general", limits.general().requests(), limits.general().window());
        login = new Policy("login", limits.login().requests(), limits.login().window());
        submissions = new Policy("submissions", limits.submissions().requests(), limits.submissions().window());
    }

    void register(@Observes Filters filters) {
        filters.register(this::securityHeaders, 300);
        filters.register(this::cors, 200);
        filters.register(this::rateLimit, 100);
        filters.register(this::bodyLimit, 50);
    }

    private void securityHeaders(RoutingContext rc) {
        boolean https = "https".equalsIgnoreCase(rc.request().scheme());
        rc.addHeadersEndHandler(v -> {
            HttpServerResponse response = rc.response();
            response.putHeader("Content-Security-Policy", config.headers().contentSecurityPolicy());
            response.putHeader("X-Content-Type-Options", "nosniff");
            response.putHeader("Referrer-Policy", "strict-origin-when-cross-origin");
            response.putHeader("X-Frame-Options", "DENY");
            response.putHeader("Cross-Origin-Opener-Policy", "same-origin");
            response.putHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
            if (https) {
                response.putHeader("Strict-Transport-Security", config.headers().strictTransportSecurity());
            }
        });
        rc.next();
    }

    /**
     * Any site may read public data (GET/HEAD, no credentials); nothing else is allowed
     * cross-origin, so staff writes and sign-in only work from the SPA's own origin.
     */
    private void cors(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String path = request.path();
        boolean publicData = path.startsWith("/api/") || path.startsWith("/opendata/");
        if (request.getHeader("Origin") == null) {
            rc.next();
            return;
        }
        String preflight = request.getHeader("Access-Control-Request-Method");
        boolean isPreflight = request.method() == HttpMethod.OPTIONS && preflight != null;
        boolean allowed = publicData && (isPreflight
                ? "GET".equals(preflight) || "HEAD".equals(preflight)
                : request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD);
        rc.addHeadersEndHandler(v -> {
            // A service's own CORS answer never widens what the gateway allows.
            var headers = rc.response().headers();
            headers.names().stream().filter(n -> n.regionMatches(true, 0, "Access-Control-", 0, 15)).toList()
                    .forEach(headers::remove);
            if (!allowed) {
                return;
            }
            headers.set("Access-Control-Allow-Origin", "*");
            if (isPreflight) {
                headers.set("Access-Control-Allow-Methods", "GET, HEAD")
                        .set("Access-Control-Allow-Headers", "Accept, Accept-Language, If-None-Match, If-Modified-Since")
                        .set("Access-Control-Max-Age", "600");
            } else {
                headers.set("Access-Control-Expose-Headers", EXPOSED);
            }
        });
        if (!isPreflight) {
            rc.next();
        } else if (allowed) {
            rc.response().setStatusCode(204).end();
        } else {
            problems.send(rc, 403, "cors-forbidden", "他のサイトからは利用できません (Cross-origin request refused)",
                    "他のサイトから利用できるのは公開データの取得 (GET) だけです。 / Only public reads (GET) are allowed from other sites.");
        }
    }

    private void rateLimit(RoutingContext rc) {
        if (!config.rateLimits().enabled()) {
            rc.next();
            return;
        }
        HttpServerRequest request = rc.request();
        Policy policy = policyFor(request.method(), request.path());
        if (policy == null) {
            rc.next();
            return;
        }
        String client = request.remoteAddress() == null ? "unknown" : request.remoteAddress().host();
        RateLimiter.Decision decision = limiter.acquire(policy, client);
        HttpServerResponse response = rc.response();
        response.putHeader("RateLimit-Limit", Integer.toString(decision.limit()));
        response.putHeader("RateLimit-Remaining", Integer.toString(decision.remaining()));
        response.putHeader("RateLimit-Reset", Long.toString(decision.resetSeconds()));
        response.putHeader("RateLimit-Policy", policy.header());
        if (decision.allowed()) {
            rc.next();
            return;
        }
        response.putHeader("Retry-After", Long.toString(decision.resetSeconds()));
        problems.send(rc, 429, "too-many-requests", "リクエストが多すぎます (Too many requests)",
                "しばらく待ってから再度お試しください (" + decision.resetSeconds() + " 秒後)。 / Please retry in "
                        + decision.resetSeconds() + " seconds.");
    }

    /**
     * Checks the declared body size before anything is read. A body without a declared size is
     * refused on the proxied API, where it would otherwise stream to a service unchecked.
     */
    private void bodyLimit(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String path = request.path();
        String length = request.getHeader("Content-Length");
        boolean api = path.startsWith("/api/v1/");
        if (length == null) {
            if (api && request.getHeader("Transfer-Encoding") != null) {
                problems.send(rc, 411, "length-required", "Content-Length が必要です (Length required)",
                        "本文の大きさ (Content-Length) を指定してください。 / Send the body with a Content-Length.");
                return;
            }
            rc.next();
            return;
        }
        long limit = ApiProxy.SUBMISSION_PATH.matcher(path).matches() ? config.limits().maxSubmissionSize()
                : api ? config.limits().maxBodySize() : config.limits().maxOwnBodySize();
        long declared;
        try {
            declared = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            declared = Long.MAX_VALUE;
        }
        if (declared <= limit) {
            rc.next();
            return;
        }
        // The unread body would otherwise be parsed as the next request on this connection.
        rc.response().putHeader("Connection", "close");
        problems.send(rc, 413, "payload-too-large", "送信内容が大きすぎます (Content too large)",
                "送信できるのは " + limit + " バイトまでです。 / The body may be at most " + limit + " bytes.");
    }

    private Policy policyFor(HttpMethod method, String path) {
        if (method == HttpMethod.POST && path.equals("/auth/login")) {
            return login;
        }
        if (method == HttpMethod.POST && ApiProxy.SUBMISSION_PATH.matcher(path).matches()) {
            return submissions;
        }
        if (path.startsWith("/api/") || path.startsWith("/auth/")) {
            return general;
        }
        return null;
    }
}
