package kyoso.gateway.domain;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which service owns a request path. A prefix owns itself and everything below it
 * ("/api/v1/plans" owns "/api/v1/plans" and "/api/v1/plans/x" but not "/api/v1/plansx");
 * the longest matching prefix wins, so a service may own a sub-tree of another's prefix.
 */
public final class RoutingTable {

    /** A service as the gateway sees it: its name and base URL. */
    public record Upstream(String name, URI url) {
        public String host() {
            return url.getHost();
        }

        public int port() {
            int port = url.getPort();
            if (port > 0) {
                return port;
            }
            return "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
        }

        public boolean tls() {
            return "https".equalsIgnoreCase(url.getScheme());
        }
    }

    private record Route(String prefix, Upstream upstream) {
    }

    private final List<Route> routes;

    /** @param prefixesByUpstream upstream -> the path prefixes it owns */
    public RoutingTable(Map<Upstream, List<String>> prefixesByUpstream) {
        List<Route> all = new ArrayList<>();
        prefixesByUpstream.forEach((upstream, prefixes) -> prefixes.forEach(prefix -> {
            String normalized = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
            if (!normalized.startsWith("/")) {
                throw new IllegalArgumentException("Route prefix must start with '/': " + prefix);
            }
            all.stream().filter(r -> r.prefix.equals(normalized)).findAny().ifPresent(r -> {
                throw new IllegalArgumentException("Prefix " + normalized + " is claimed by both "
                        + r.upstream.name() + " and " + upstream.name());
            });
            all.add(new Route(normalized, upstream));
        }));
        all.sort(Comparator.comparingInt((Route r) -> r.prefix.length()).reversed());
        this.routes = List.copyOf(all);
    }

    /** The service owning a raw request path (without query), if any. */
    public Optional<Upstream> route(String path) {
        for (Route route : routes) {
            if (path.equals(route.prefix) || path.startsWith(route.prefix + "/")) {
                return Optional.of(route.upstream);
            }
        }
        return Optional.empty();
    }

    public List<Upstream> upstreams() {
        return routes.stream().map(Route::upstream).distinct().toList();
    }
}
