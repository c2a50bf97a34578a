package kyoso.plan.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import kyoso.plan.domain.VersionPublished;
import org.junit.jupiter.api.Test;

class PublishedCacheTest {

    private final PublishedCache cache = new PublishedCache();
    private final AtomicInteger loads = new AtomicInteger();

    private String latest(String answer) {
        return cache.get("tree:dx-action-plan-2:latest", List.of("dx-action-plan-2"), () -> {
            loads.incrementAndGet();
            return answer;
        }, a -> true);
    }

    @Test
    void aPublishedTreeIsLoadedOnceAndServedFromMemoryAfterwards() {
        assertEquals("v1", latest("v1"));
        assertEquals("v1", latest("v2"));
        assertEquals(1, loads.get());
    }

    @Test
    void aPublicationDropsTheAnswersAboutItsPlanOnly() {
        latest("v1");
        cache.get("tree:other:latest", List.of("other"), () -> "o1", a -> true);
        cache.onPublished(new VersionPublished("dx-action-plan-2", "v2"));
        assertEquals("v2", latest("v2"));
        assertEquals("o1", cache.get("tree:other:latest", List.of("other"), () -> "o2", a -> true));
    }

    @Test
    void aLoadThatStraddlesAPublicationIsNotKeptSoTheOldLatestDoesNotComeBack() {
        String stale = cache.get("tree:dx-action-plan-2:latest", List.of("dx-action-plan-2"), () -> {
            // The publication commits while this reader still holds the version it found before it.
            cache.onPublished(new VersionPublished("dx-action-plan-2", "v2"));
            return "v1";
        }, a -> true);
        assertEquals("v1", stale);
        assertEquals("v2", latest("v2"));
    }

    @Test
    void answersAboutDraftsAreNeverKept() {
        cache.get("tree:dx-action-plan-2:draft", List.of("dx-action-plan-2"), () -> "d1", a -> false);
        assertEquals("d2", cache.get("tree:dx-action-plan-2:draft", List.of("dx-action-plan-2"), () -> "d2", a -> false));
    }
}
