package kyoso.comment.client;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import kyoso.comment.client.PlanServiceClient.Node;
import kyoso.comment.client.PlanServiceClient.PlanVersionNotFound;
import kyoso.comment.domain.OutlineNode;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Takes the outline snapshot from plan-service with a timeout, a few retries and a fallback: when
 * plan-service is down the consultation is still created, without outline, and the snapshot can be
 * taken again later. A missing plan or version is the caller's mistake and is neither retried nor hidden.
 */
@ApplicationScoped
public class PlanOutlines {

    private static final Logger LOG = Logger.getLogger(PlanOutlines.class);

    /** What a consultation keeps of the plan version it is on. */
    public record Snapshot(String planName, String versionLabel, LocalDate dated, List<OutlineNode> outline) {
    }

    private final PlanServiceClient client;

    PlanOutlines(@RestClient PlanServiceClient client) {
        this.client = client;
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = PlanVersionNotFound.class)
    @Fallback(fallbackMethod = "unavailable", skipOn = PlanVersionNotFound.class)
    public Optional<Snapshot> snapshot(String plan, String version) {
        PlanServiceClient.Tree tree = client.tree(plan, version);
        return Optional.of(new Snapshot(tree.plan().name(), tree.version().label(),
                tree.version().dated() == null ? null : tree.version().dated().date(),
                tree.nodes().stream().map(PlanOutlines::outline).toList()));
    }

    Optional<Snapshot> unavailable(String plan, String version) {
        LOG.warnf("plan-service did not answer for %s/%s; the consultation is kept without outline for now", plan, version);
        return Optional.empty();
    }

    private static OutlineNode outline(Node node) {
        List<Node> children = node.children() == null ? List.of() : node.children();
        return new OutlineNode(node.key(), node.number(), node.title(),
                children.stream().map(PlanOutlines::outline).toList());
    }
}
