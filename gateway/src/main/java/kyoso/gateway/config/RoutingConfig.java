package kyoso.gateway.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kyoso.gateway.domain.RoutingTable;

/** Builds the routing table once from configuration; a wrong table stops the gateway at start. */
public class RoutingConfig {

    @Produces
    @ApplicationScoped
    RoutingTable routingTable(GatewayConfig config) {
        Map<RoutingTable.Upstream, List<String>> table = new LinkedHashMap<>();
        config.upstreams().forEach((name, upstream) ->
                table.put(new RoutingTable.Upstream(name, URI.create(upstream.url())), upstream.prefixes()));
        return new RoutingTable(table);
    }
}
