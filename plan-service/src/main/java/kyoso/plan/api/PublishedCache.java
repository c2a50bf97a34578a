package kyoso.plan.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import kyoso.plan.domain.VersionPublished;

/**
 * Published versions never change, and harvesters and the SPA read their trees and comparisons
 * over and over: those answers are kept in memory. Only "latest" can come to mean another version,
 * which happens when a draft of the plan is published, so every entry that involves that plan is
 * dropped once the publication has committed. Answers about drafts are never kept.
 */
@ApplicationScoped
public class PublishedCache {

    private record Entry(List<String> plans, Object value) {
    }

    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();

    /**
     * The cached answer for key, or a freshly loaded one, kept when it is only about published
     * versions. plans names every plan the answer depends on.
     */
    @SuppressWarnings("unchecked")
    <T> T get(String key, List<String> plans, Supplier<T> load, Predicate<T> published) {
        Entry cached = entries.get(key);
        if (cached != null) {
            return (T) cached.value();
        }
        T value = load.get();
        if (published.test(value)) {
            entries.put(key, new Entry(plans, value));
        }
        return value;
    }

    void onPublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) VersionPublished event) {
        entries.values().removeIf(entry -> entry.plans().contains(event.planCode()));
    }
}
