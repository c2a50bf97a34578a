package kyoso.loadtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a simulation hands back to bench.sh: every response time and status, and the receipts it
 * was given. Gatling's own report is for people; this small JSON file is what the script reads,
 * so the figures do not depend on the layout of Gatling's HTML report.
 */
final class Recorder {

    private final ConcurrentLinkedQueue<Long> times = new ConcurrentLinkedQueue<>();
    private final ConcurrentHashMap<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> receipts = new ConcurrentLinkedQueue<>();
    private final AtomicLong warmup = new AtomicLong();
    private volatile long measuredFrom;
    private volatile long first = Long.MAX_VALUE;
    private volatile long last;

    /** Requests sent before the warm-up is over are not measured; their receipts are still kept. */
    void measureAfter(Duration warmupTime) {
        measuredFrom = System.currentTimeMillis() + warmupTime.toMillis();
    }

    void record(int status, long millis, String receipt) {
        long now = System.currentTimeMillis();
        if (receipt != null && !receipt.isEmpty()) {
            receipts.add(receipt);
        }
        if (now - millis < measuredFrom) {
            warmup.incrementAndGet();
            return;
        }
        synchronized (this) {
            first = Math.min(first, now - millis);
            last = Math.max(last, now);
        }
        times.add(millis);
        statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
    }

    void write(Path dir, String name, double targetRate) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        Map<Integer, Long> byStatus = new TreeMap<>();
        statuses.forEach((s, n) -> byStatus.put(s, n.get()));
        long ok = byStatus.entrySet().stream().filter(e -> e.getKey() >= 200 && e.getKey() < 400)
                .mapToLong(Map.Entry::getValue).sum();
        double seconds = Math.max(0.001, (last - first) / 1000.0);
        StringBuilder json = new StringBuilder();
        json.append("{\"name\":\"").append(name).append("\"")
                .append(",\"targetRate\":").append(targetRate)
                .append(",\"requests\":").append(sorted.size())
                .append(",\"warmupRequests\":").append(warmup.get())
                .append(",\"ok\":").append(ok)
                .append(",\"okPerSecond\":").append(String.format(java.util.Locale.ROOT, "%.1f", ok / seconds))
                .append(",\"p50\":").append(percentile(sorted, 50))
                .append(",\"p99\":").append(percentile(sorted, 99))
                .append(",\"max\":").append(sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1))
                .append(",\"statuses\":{");
        String sep = "";
        for (var e : byStatus.entrySet()) {
            json.append(sep).append('"').append(e.getKey()).append("\":").append(e.getValue());
            sep = ",";
        }
        json.append("},\"receipts\":").append(receipts.size()).append("}\n");
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name + ".json"), json, StandardCharsets.UTF_8);
            Files.write(dir.resolve(name + ".receipts"), receipts, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the results to " + dir, e);
        }
    }

    /** Nearest-rank percentile in milliseconds; status 0 (no answer) counts with its time too. */
    private static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
