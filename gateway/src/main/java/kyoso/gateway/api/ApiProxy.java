package kyoso.gateway.api;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.http.StreamResetException;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.streams.ReadStream;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.ConnectException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import kyoso.gateway.client.UpstreamClients;
import kyoso.gateway.config.GatewayConfig;
import kyoso.gateway.domain.RoutingTable;
import kyoso.gateway.domain.RoutingTable.Upstream;
import kyoso.gateway.domain.SharedCache;
import kyoso.kit.http.ConditionalGetFilter;
import kyoso.kit.http.RequestIds;
import kyoso.kit.problem.Problem;
import org.jboss.logging.Logger;

/**
 * Forwards /api/v1/** to the service owning the path, unchanged: method, path, query, body and
 * headers (Authorization included; hop-by-hop headers and Host excepted). When the service cannot
 * be reached or is too slow the caller gets a problem+json 502/503/504 instead of a bare status.
 * Public answers a service allows a shared cache to keep are answered from {@link SharedCache}.
 */
@ApplicationScoped
public class ApiProxy {

    private static final Logger LOG = Logger.getLogger(ApiProxy.class);
    /** Sending an opinion: it has its own, stricter, rate and size limits. */
    static final Pattern SUBMISSION_PATH = Pattern.compile("^/api/v1/consultations/[^/]+/submissions/?$");
    /** Dot segments (also percent-encoded) would let a path escape the prefix it was routed by. */
    private static final Pattern DOT_SEGMENT = Pattern.compile("(^|/)(\\.|%2e){1,2}(/|$)", Pattern.CASE_INSENSITIVE);

    /** Headers of a stored answer that belong to one exchange, not to the representation. */
    private static final Set<String> NOT_STORED = Set.of("connection", "keep-alive", "transfer-encoding", "te", "trailer",
            "upgrade", "proxy-authenticate", "content-length", "date", "age", RequestIds.HEADER.toLowerCase(Locale.ROOT));
    /** Set on a proxied GET: its cache key and the cache generation it started in. */
    private static final String CACHE_KEY = "kyoso.cache.key";
    private static final String CACHE_GENERATION = "kyoso.cache.generation";
    /** The caller's If-None-Match on a proxied shareable GET, answered by the gateway itself. */
    private static final String CALLER_TAGS = "kyoso.cache.if-none-match";

    private final GatewayConfig config;
    private final RoutingTable routes;
    private final HttpProblems problems;
    private final Map<String, HttpProxy> proxies = new HashMap<>();
    private final SharedCache cache;
    /** Raised by every write, so a read that started before it never stores what it read. */
    private final AtomicLong generation = new AtomicLong();
    private UpstreamClients clients;

    ApiProxy(GatewayConfig config, RoutingTable routes, HttpProblems problems) {
        this.config = config;
        this.routes = routes;
        this.problems = problems;
        var settings = config.cache();
        this.cache = settings.enabled()
                ? new SharedCache(settings.maxSize().asLongValue(), (int) settings.maxBody().asLongValue(), System::currentTimeMillis)
                : null;
    }

    void register(@Observes Router router, Vertx vertx) {
        clients = new UpstreamClients(vertx, new HttpClientOptions()
                .setConnectTimeout((int) config.proxy().connectTimeout().toMillis())
                .setKeepAlive(true), config.proxy().maxConnections(), config.proxy().maxWaiting());
        for (Upstream upstream : routes.upstreams()) {
            HttpProxy proxy = HttpProxy.reverseProxy(clients.current());
            // The pool of the event loop the request came in on (UpstreamClients), not the proxy's own.
            proxy.origin(context -> clients.current().request(new RequestOptions()
                    .setServer(SocketAddress.inetSocketAddress(upstream.port(), upstream.host()))
                    .setSsl(upstream.tls())
                    .setIdleTimeout(config.proxy().responseTimeout().toMillis())));
            proxy.addInterceptor(new Forwarding(upstream));
            proxies.put(upstream.name(), proxy);
        }
        router.route("/api/v1/*").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::forward);
    }

    void close(@Observes ShutdownEvent event) {
        if (clients != null) {
            clients.close();
        }
    }

    private void forward(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String path = request.path();
        if (DOT_SEGMENT.matcher(path).find()) {
            problems.send(rc, 400, "bad-path", "不正なパスです (Bad path)",
                    "パスに . や .. を含めることはできません。 / The path must not contain '.' or '..' segments.");
            return;
        }
        var upstream = routes.route(path);
        if (upstream.isEmpty()) {
            problems.send(rc, 404, "not-found", "見つかりません (Not found)",
                    "このパスを扱うサービスはありません。 / No service serves " + path + ".");
            return;
        }
        String key = cacheKey(request);
        if (key != null) {
            var stored = cache.fresh(key);
            if (stored.isPresent()) {
                answerFromCache(rc, stored.get());
                return;
            }
        }
        proxies.get(upstream.get().name()).handle(request);
    }

    /**
     * The key under which a request's answer may be shared: only a GET without credentials, and not when
     * the caller asks for a fresh answer ({@code Cache-Control: no-cache}); null otherwise.
     */
    private String cacheKey(HttpServerRequest request) {
        if (cache == null || request.method() != HttpMethod.GET || request.getHeader("Authorization") != null) {
            return null;
        }
        String asked = request.getHeader("Cache-Control");
        if (asked != null && asked.toLowerCase(Locale.ROOT).contains("no-cache")) {
            return null;
        }
        return SharedCache.key(request.uri(), request.getHeader("Accept"), request.getHeader("Accept-Language"));
    }

    private void answerFromCache(RoutingContext rc, SharedCache.Entry entry) {
        HttpServerResponse response = rc.response();
        entry.headers().forEach(h -> response.headers().add(h.getKey(), h.getValue()));
        response.putHeader("Age", Long.toString(cache.ageSeconds(entry)));
        if (entry.etag() != null && ConditionalGetFilter.matches(rc.request().getHeader("If-None-Match"), entry.etag())) {
            response.headers().remove("Content-Type");
            response.setStatusCode(304).end();
        } else {
            response.setStatusCode(200).end(Buffer.buffer(entry.body()));
        }
    }

    /** Adds the forwarding headers and turns a failure to reach the service into problem+json. */
    private final class Forwarding implements ProxyInterceptor {

        private final Upstream upstream;

        Forwarding(Upstream upstream) {
            this.upstream = upstream;
        }

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            HttpServerRequest incoming = context.request().proxiedRequest();
            String client = incoming.remoteAddress() == null ? "unknown" : incoming.remoteAddress().host();
            String forwardedFor = incoming.getHeader("X-Forwarded-For");
            context.request().putHeader("X-Forwarded-For", forwardedFor == null ? client : forwardedFor + ", " + client);
            context.request().putHeader("X-Forwarded-Proto", incoming.scheme());
            if (incoming.authority() != null) {
                context.request().putHeader("X-Forwarded-Host", incoming.authority().toString());
            }
            String key = cacheKey(incoming);
            if (key != null) {
                context.set(CACHE_KEY, key);
                context.set(CACHE_GENERATION, generation.get());
                // Asked on the caller's behalf, a conditional GET would bring back a bodiless 304 that
                // cannot be kept, and every reader holding the tag would cross to the service again: the
                // gateway asks for the whole answer, keeps it, and compares the tags itself.
                String tags = context.request().headers().get("If-None-Match");
                if (tags != null) {
                    context.set(CALLER_TAGS, tags);
                    context.request().headers().remove("If-None-Match");
                }
            }
            return context.sendRequest().recover(failure -> Future.succeededFuture(unreachable(context, failure)));
        }

        @Override
        public Future<Void> handleProxyResponse(ProxyContext context) {
            int status = context.response().getStatusCode();
            if (status == 304 || status == 204 || status < 200) {
                withoutBody(context.response());
            }
            HttpMethod method = context.request().proxiedRequest().method();
            if (cache != null && method != HttpMethod.GET && method != HttpMethod.HEAD && status < 400) {
                // Before the writer hears back: its next read, and everyone's, sees the change.
                generation.incrementAndGet();
                cache.clear();
            }
            String key = context.get(CACHE_KEY, String.class);
            if (key != null && status == 200) {
                MultiMap headers = context.response().headers();
                long freshness = SharedCache.freshness(headers.get("Cache-Control"), headers.get("Vary"), headers.contains("Set-Cookie"));
                if (freshness > 0) {
                    long startedIn = context.get(CACHE_GENERATION, Long.class);
                    return store(context, key, startedIn, freshness);
                }
                answerConditionally(context);
            }
            return context.sendResponse();
        }

        /** Reads the answer's body once, keeps it (unless a write came meanwhile) and sends it on. */
        private Future<Void> store(ProxyContext context, String key, long startedIn, long freshness) {
            ProxyResponse response = context.response();
            ReadStream<Buffer> stream = response.getBody().stream();
            Buffer collected = Buffer.buffer();
            Promise<Buffer> read = Promise.promise();
            stream.exceptionHandler(read::tryFail);
            stream.handler(collected::appendBuffer);
            stream.endHandler(end -> read.tryComplete(collected));
            // The proxy holds the service's answer paused until it is sent on; reading it here starts it.
            stream.resume();
            return read.future().compose(body -> {
                if (generation.get() == startedIn) {
                    List<Map.Entry<String, String>> kept = response.headers().entries().stream()
                            .filter(h -> !NOT_STORED.contains(h.getKey().toLowerCase(Locale.ROOT))).toList();
                    cache.store(key, kept, body.getBytes(), response.headers().get("ETag"), freshness);
                }
                response.setBody(Body.body(body));
                answerConditionally(context);
                return context.sendResponse();
            });
        }

        /** A caller whose If-None-Match the gateway took off gets the 304 the service would have sent. */
        private void answerConditionally(ProxyContext context) {
            String tags = context.get(CALLER_TAGS, String.class);
            ProxyResponse response = context.response();
            String etag = response.headers().get("ETag");
            if (tags != null && etag != null && ConditionalGetFilter.matches(tags, etag)) {
                withoutBody(response.setStatusCode(304).setStatusMessage(null));
                response.headers().remove("Content-Type");
            }
        }

        /**
         * 1xx, 204 and 304 never have a body; left alone, the proxy announces a chunked one and strict
         * clients (wrk, some harvesters) wait for it forever.
         */
        private static void withoutBody(ProxyResponse response) {
            response.setBody(null);
            response.headers().remove("Transfer-Encoding").remove("Content-Length");
        }

        private ProxyResponse unreachable(ProxyContext context, Throwable failure) {
            String path = context.request().proxiedRequest().path();
            int status;
            String slug;
            String title;
            String detail;
            if (failure instanceof TimeoutException || failure instanceof io.netty.channel.ConnectTimeoutException) {
                status = 504;
                slug = "upstream-timeout";
                title = "サービスの応答がありません (Gateway timeout)";
                detail = "サービス " + upstream.name() + " が時間内に応答しませんでした。しばらくしてから再度お試しください。 / The "
                        + upstream.name() + " service did not answer in time. Please try again later.";
            } else if (failure instanceof ConnectionPoolTooBusyException) {
                status = 503;
                slug = "upstream-busy";
                title = "混み合っています (Service busy)";
                detail = "サービス " + upstream.name() + " が混み合っています。少し待ってから再度お試しください。 / The "
                        + upstream.name() + " service is busy. Please try again in a moment.";
            } else if (failure instanceof ConnectException) {
                status = 503;
                slug = "upstream-unavailable";
                title = "サービスを利用できません (Service unavailable)";
                detail = "サービス " + upstream.name() + " に接続できません。しばらくしてから再度お試しください。 / The "
                        + upstream.name() + " service cannot be reached. Please try again later.";
            } else {
                status = 502;
                slug = "upstream-failed";
                title = "サービスの応答が不正です (Bad gateway)";
                detail = "サービス " + upstream.name() + " から正しい応答がありませんでした。 / The "
                        + upstream.name() + " service did not answer properly.";
            }
            // Not warnings: the proxy resets its request to the service when the caller hangs up (nothing failed
            // upstream), and a full waiting room is admission control doing its job. Both come by the thousand
            // under load, when a warning per request would cost the CPU the overloaded service needs; the
            // access log has each of them.
            Logger.Level level = failure instanceof StreamResetException || failure instanceof ConnectionPoolTooBusyException
                    ? Logger.Level.DEBUG : Logger.Level.WARN;
            LOG.logf(level, "%s %s -> %s failed with %d: %s", context.request().getMethod(), path, upstream.name(), status,
                    failure.getClass().getSimpleName() + ": " + String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT));
            ProxyResponse response = context.request().release().response();
            response.setStatusCode(status).setStatusMessage(null);
            response.headers().clear();
            response.putHeader("Content-Type", Problem.MEDIA_TYPE);
            response.putHeader("Cache-Control", "no-store");
            if (status == 503) {
                // Busy clears as soon as the queue drains; a service that is down takes longer to come back.
                response.putHeader("Retry-After", "upstream-busy".equals(slug) ? "1" : "5");
            }
            response.setBody(Body.body(problems.body(status, slug, title, detail, path)));
            return response;
        }
    }
}
