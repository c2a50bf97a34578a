package kyoso.loadtest;

import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Public reads at a fixed arrival rate (open model): each arriving "citizen" reads one of the
 * given paths, round robin. The rate is kept whatever the server does, so queueing shows as latency.
 */
public class ReadsSimulation extends Simulation {

    private final List<String> paths = Settings.paths();
    private final AtomicLong next = new AtomicLong();
    private final Recorder recorder = new Recorder();

    private final ScenarioBuilder read = scenario("reads")
            .exec(session -> session.set("path", paths.get((int) (next.getAndIncrement() % paths.size()))))
            .exec(withHeader(http("read").get("#{path}"))
                    .check(status().saveAs("status"), responseTimeInMillis().saveAs("rt"), status().in(200, 304)))
            .exec(session -> {
                recorder.record(session.contains("status") ? session.getInt("status") : 0,
                        session.contains("rt") ? session.getLong("rt") : 0, null);
                return session;
            });

    /**
     * An optional extra header, "Name: value" URL-encoded (e.g. If-None-Match for the 304 path):
     * an ETag's quotes and spaces would not survive the plugin's JVM arguments otherwise.
     */
    private static HttpRequestActionBuilder withHeader(HttpRequestActionBuilder request) {
        String header = URLDecoder.decode(System.getProperty("kyoso.header", ""), StandardCharsets.UTF_8);
        int colon = header.indexOf(':');
        return colon <= 0 ? request : request.header(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
    }

    {
        setUp(read.injectOpen(Settings.arrivals()))
                .protocols(http.baseUrl(Settings.BASE).acceptHeader("application/json").shareConnections());
    }

    @Override
    public void before() {
        recorder.measureAfter(Settings.WARMUP);
    }

    @Override
    public void after() {
        recorder.write(Settings.OUT, System.getProperty("kyoso.name", "reads"), Settings.RATE);
    }
}
