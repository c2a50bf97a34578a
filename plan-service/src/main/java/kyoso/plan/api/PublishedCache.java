package kyoso.plan.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;
import kyoso.plan.domain.VersionPublished;

/**
 * Published versions never change, and harvesters and the SPA read their trees and comparisons
 * over and over: those answers are kept in memory. Only "latest" can come to mean another version,
 * which happens when a draft of the plan is published, so every entry that involves that plan is
 * dropped once the publication has committed. Answers about drafts are never kept.
 *
 * <p>A load that was already reading when a publication committed may hold the old "latest"; it is
 * handed to its caller but not kept, or it would outlive the eviction and serve the old version on.
 */
@ApplicationScoped
public class PublishedCache {

    private record Entry(List<String> plans, Object value) {
    }

    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();
    /** Counts publications, so a load can tell whether one committed while it was reading. */
    private final AtomicLong publications = new AtomicLong();

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
        long before = publications.get();
        T value = load.get();
        if (published.test(value) && publications.get() == before) {
            entries.put(key, new Entry(plans, value));
        }
        return value;
    }

    void onPublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) VersionPublished event) {
        publications.incrementAndGet();
        entries.values().removeIf(entry -> entry.plans().contains(event.planCode()));
    }
}
