package kyoso.gateway.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * The gateway's shared cache of public API answers: what a news item sends thousands of residents to
 * at once (the plan, the consultation, the meeting list) is answered from memory for the second or so
 * that the owning service allows, instead of crossing to the service each time.
 *
 * <p>Only what the service itself marks storable by a shared cache is kept: a 200 to a GET without
 * credentials, {@code Cache-Control: public} with {@code s-maxage}, no {@code private}/{@code no-store},
 * no Set-Cookie, and a Vary the key covers (Accept, Accept-Language). Any successful write through the
 * gateway empties it, so staff see their change at once; what the clock changes (a consultation opening
 * on time) shows after at most s-maxage.
 */
public final class SharedCache {

    /** Request headers an answer may vary on that are part of the key (Authorization never reaches it). */
    private static final Set<String> KEYED_VARY = Set.of("accept", "accept-language", "authorization", "accept-encoding", "origin");

    /** A stored answer: the upstream's end-to-end headers and body, fresh until the given instant. */
    public record Entry(List<Map.Entry<String, String>> headers, byte[] body, String etag, long storedAt, long freshUntil) {
    }

    private final long maxBytes;
    private final int maxBodyBytes;
    private final LongSupplier clock;
    /** Access order: when full, the answer nobody asked for longest goes first. */
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    /** Holds at most {@code maxBytes} of bodies in all, none larger than {@code maxBodyBytes}. */
    public SharedCache(long maxBytes, int maxBodyBytes, LongSupplier clockMillis) {
        this.maxBytes = maxBytes;
        this.maxBodyBytes = maxBodyBytes;
        this.clock = clockMillis;
    }

    /** The key of a request: its path and query, and the two headers public answers vary on. */
    public static String key(String uri, String accept, String acceptLanguage) {
        return uri + '\n' + (accept == null ? "" : accept) + '\n' + (acceptLanguage == null ? "" : acceptLanguage);
    }

    /**
     * How long a shared cache may use an answer (milliseconds), 0 when it must not store it. Reads the
     * answer's own Cache-Control and Vary, as RFC 9111 asks of a shared cache.
     */
    public static long freshness(String cacheControl, String vary, boolean setsCookie) {
        if (cacheControl == null || setsCookie) {
            return 0;
        }
        boolean isPublic = false;
        long sMaxAge = 0;
        for (String directive : cacheControl.toLowerCase(Locale.ROOT).split(",")) {
            String d = directive.strip();
            if (d.equals("private") || d.equals("no-store") || d.equals("no-cache") || d.startsWith("private=")) {
                return 0;
            }
            if (d.equals("public")) {
                isPublic = true;
            } else if (d.startsWith("s-maxage=")) {
                try {
                    sMaxAge = Long.parseLong(d.substring("s-maxage=".length()).replace("\"", ""));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        if (!isPublic || sMaxAge <= 0) {
            return 0;
        }
        if (vary != null) {
            for (String header : vary.toLowerCase(Locale.ROOT).split(",")) {
                String h = header.strip();
                if (h.equals("*") || (!h.isEmpty() && !KEYED_VARY.contains(h))) {
                    return 0;
                }
            }
        }
        return sMaxAge * 1000;
    }

    public synchronized Optional<Entry> fresh(String key) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (clock.getAsLong() >= entry.freshUntil()) {
            forget(key);
            return Optional.empty();
        }
        return Optional.of(entry);
    }

    /** Keeps an answer for {@code freshnessMillis}; a body larger than the configured limit is not kept. */
    public synchronized void store(String key, List<Map.Entry<String, String>> headers, byte[] body, String etag,
                                   long freshnessMillis) {
        if (freshnessMillis <= 0 || body.length > maxBodyBytes) {
            return;
        }
        long now = clock.getAsLong();
        forget(key);
        entries.put(key, new Entry(List.copyOf(headers), body, etag, now, now + freshnessMillis));
        bytes += body.length;
        var eldest = entries.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            bytes -= eldest.next().getValue().body().length;
            eldest.remove();
        }
    }

    private void forget(String key) {
        Entry gone = entries.remove(key);
        if (gone != null) {
            bytes -= gone.body().length;
        }
    }

    /** Seconds since the answer was stored, for the Age header. */
    public long ageSeconds(Entry entry) {
        return Math.max(0, (clock.getAsLong() - entry.storedAt()) / 1000);
    }

    /** After a write: nothing stored before it may be answered again. */
    public synchronized void clear() {
        entries.clear();
        bytes = 0;
    }

    public synchronized int size() {
        return entries.size();
    }
}
