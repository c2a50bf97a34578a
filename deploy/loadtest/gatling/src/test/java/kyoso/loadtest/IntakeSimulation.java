package kyoso.loadtest;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.util.UUID;

/**
 * The opinion intake at a fixed arrival rate: each arrival sends one new opinion through the
 * gateway with its own Idempotency-Key. The receipts handed out are written to a file, which
 * bench.sh compares with the rows in kyoso_comment_bench.
 */
public class IntakeSimulation extends Simulation {

    private final Recorder recorder = new Recorder();
    private final String body = Settings.body();
    private final String receiptPath = System.getProperty("kyoso.receipt-path", "$.receiptNumber");

    private final ScenarioBuilder intake = scenario("intake")
            .exec(session -> session.set("key", UUID.randomUUID().toString()))
            .exec(http("submit").post("/api/v1/consultations/" + Settings.consultation() + "/submissions")
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", "#{key}")
                    .body(StringBody(body))
                    .check(status().saveAs("status"), responseTimeInMillis().saveAs("rt"),
                            jsonPath(receiptPath).optional().saveAs("receipt"), status().is(201)))
            .exec(session -> {
                int status = session.contains("status") ? session.getInt("status") : 0;
                recorder.record(status, session.contains("rt") ? session.getLong("rt") : 0,
                        status == 201 && session.contains("receipt") ? session.getString("receipt") : null);
                return session;
            });

    {
        setUp(intake.injectOpen(Settings.arrivals()))
                .protocols(http.baseUrl(Settings.BASE).acceptHeader("application/json").shareConnections());
    }

    @Override
    public void before() {
        recorder.measureAfter(Settings.WARMUP);
    }

    @Override
    public void after() {
        recorder.write(Settings.OUT, System.getProperty("kyoso.name", "intake"), Settings.RATE);
    }
}
