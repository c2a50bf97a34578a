package kyoso.plan.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import kyoso.plan.api.PlanDtos.Tree;
import kyoso.plan.domain.PlanVersion;
import kyoso.plan.domain.VersionPublished;

/**
 * Published trees never change, and harvesters and the SPA read them over and over: they are kept
 * in memory. Only "latest" can come to mean another version, which happens when a draft is
 * published, so the plan's entries are dropped once that publication has committed.
 */
@ApplicationScoped
public class TreeCache {

    private final ConcurrentMap<String, Tree> published = new ConcurrentHashMap<>();

    Tree get(String plan, String version, Supplier<Tree> load) {
        String key = plan + ":" + version;
        Tree cached = published.get(key);
        if (cached != null) {
            return cached;
        }
        Tree tree = load.get();
        if (PlanVersion.PUBLISHED.equals(tree.version().status())) {
            published.put(key, tree);
        }
        return tree;
    }

    void onPublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) VersionPublished event) {
        published.keySet().removeIf(key -> key.startsWith(event.planCode() + ":"));
    }
}
