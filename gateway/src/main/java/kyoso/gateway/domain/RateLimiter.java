package kyoso.gateway.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fixed-window request counting per client and policy, in memory. A fixed window makes the
 * RateLimit headers exact (remaining requests and seconds to reset) at the cost of allowing a
 * burst of up to twice the limit across a window edge, which is acceptable for abuse control.
 */
public final class RateLimiter {

    /** A named limit: at most {@code requests} per {@code window}. */
    public record Policy(String name, int requests, Duration window) {
        /** The RateLimit-Policy header value, e.g. "10;w=60". */
        public String header() {
            return requests + ";w=" + window.toSeconds();
        }
    }

    /** The outcome for one request. */
    public record Decision(boolean allowed, int limit, int remaining, long resetSeconds) {
    }

    private record Window(long start, AtomicInteger count) {
    }

    private static final int SWEEP_EVERY = 4096;

    private final Clock clock;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final AtomicInteger sinceSweep = new AtomicInteger();

    public RateLimiter(Clock clock) {
        this.clock = clock;
    }

    public Decision acquire(Policy policy, String client) {
        long now = clock.millis();
        long length = policy.window().toMillis();
        Window window = windows.compute(policy.name() + '|' + client, (key, current) ->
                current == null || now - current.start >= length ? new Window(now, new AtomicInteger()) : current);
        int used = window.count.incrementAndGet();
        long reset = Math.max(1, (window.start + length - now + 999) / 1000);
        if (sinceSweep.incrementAndGet() >= SWEEP_EVERY) {
            sinceSweep.set(0);
            windows.entrySet().removeIf(e -> now - e.getValue().start >= length);
        }
        return new Decision(used <= policy.requests(), policy.requests(), Math.max(0, policy.requests() - used), reset);
    }
}
