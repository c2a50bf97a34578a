package kyoso.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import kyoso.gateway.domain.SharedCache;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** What the gateway may keep, for how long, and what it forgets: RFC 9111 as a shared cache reads it. */
class SharedCachePolicyTest {

    @ParameterizedTest(name = "{0} / Vary {1} / Set-Cookie {2} -> {3} ms")
    @CsvSource(delimiter = '|', value = {
            "public, max-age=0, s-maxage=1 | Accept, Accept-Language, Authorization | false | 1000",
            "public, s-maxage=5             |                                       | false | 5000",
            "public, max-age=60             |                                       | false | 0",
            "private, s-maxage=5            |                                       | false | 0",
            "public, no-store, s-maxage=5   |                                       | false | 0",
            "public, no-cache, s-maxage=5   |                                       | false | 0",
            "public, s-maxage=5             | Cookie                                | false | 0",
            "public, s-maxage=5             | *                                     | false | 0",
            "public, s-maxage=5             |                                       | true  | 0",
            "public, s-maxage=soon          |                                       | false | 0"})
    void onlyWhatTheServiceMarksSharedAndTheKeyCoversIsKept(String cacheControl, String vary, boolean setsCookie, long millis) {
        assertEquals(millis, SharedCache.freshness(cacheControl, vary, setsCookie));
    }

    @Test
    void anAnswerIsFreshForItsTimeThenGone() {
        AtomicLong now = new AtomicLong(1_000_000);
        SharedCache cache = new SharedCache(1024, 1024, now::get);
        cache.store("k", List.of(Map.entry("ETag", "\"a\"")), new byte[]{1}, "\"a\"", 1000);
        now.addAndGet(999);
        assertTrue(cache.fresh("k").isPresent());
        now.addAndGet(1);
        assertTrue(cache.fresh("k").isEmpty());
    }

    @Test
    void itStaysWithinItsBoundsAndForgetsEverythingAfterAWrite() {
        SharedCache cache = new SharedCache(8, 4, () -> 0L);
        cache.store("big", List.of(), new byte[5], null, 1000);
        assertEquals(0, cache.size(), "a body over the limit is not kept");
        cache.store("a", List.of(), new byte[3], null, 1000);
        cache.store("b", List.of(), new byte[3], null, 1000);
        cache.fresh("a");
        cache.store("c", List.of(), new byte[3], null, 1000);
        assertEquals(2, cache.size(), "at most 8 bytes: one of three goes");
        assertTrue(cache.fresh("a").isPresent(), "the answer read last stays");
        assertTrue(cache.fresh("b").isEmpty(), "the answer nobody asked for longest goes");
        cache.clear();
        assertEquals(0, cache.size());
    }
}
