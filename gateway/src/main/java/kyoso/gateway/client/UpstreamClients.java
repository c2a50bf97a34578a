package kyoso.gateway.client;

import io.netty.util.concurrent.EventExecutor;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.impl.VertxInternal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The gateway's connections to the services, one pool per event loop. Vert.x lends a pooled connection
 * wherever it lives: a request taken on one event loop and sent on a connection of another crossed between
 * the two threads both ways (an eventfd wake-up each time, for three requests in four with four loops;
 * deploy/loadtest/README.md, finding 25). With a pool per loop a request, its connection to the service and
 * the answer stay on one thread. The bounds per service (connections, waiting requests) are shared out
 * between the loops, so together they stay what is configured.
 */
public final class UpstreamClients {

    private final Vertx vertx;
    private final HttpClientOptions options;
    private final PoolOptions perLoop;
    private final Map<Thread, HttpClient> byLoop = new ConcurrentHashMap<>();
    /** For a caller on no event loop, such as start-up giving each proxy its nominal client. */
    private final HttpClient shared;

    public UpstreamClients(Vertx vertx, HttpClientOptions options, int maxConnections, int maxWaiting) {
        this.vertx = vertx;
        this.options = options;
        int loops = eventLoops(vertx);
        this.perLoop = new PoolOptions()
                .setHttp1MaxSize(share(maxConnections, loops))
                .setMaxWaitQueueSize(share(maxWaiting, loops));
        this.shared = vertx.createHttpClient(options, perLoop);
    }

    /**
     * A loop's part of a bound, at least one each: together never more than the whole, unless the whole is
     * smaller than the number of loops (then one per loop).
     */
    private static int share(int total, int loops) {
        return Math.max(1, total / Math.max(1, loops));
    }

    private static int eventLoops(Vertx vertx) {
        int loops = 0;
        for (EventExecutor ignored : ((VertxInternal) vertx).getEventLoopGroup()) {
            loops++;
        }
        return loops;
    }

    /** The client whose connections live on the calling event loop. */
    public HttpClient current() {
        if (!Context.isOnEventLoopThread()) {
            return shared;
        }
        return byLoop.computeIfAbsent(Thread.currentThread(), loop -> vertx.createHttpClient(options, perLoop));
    }

    public void close() {
        byLoop.values().forEach(HttpClient::close);
        shared.close();
    }
}
