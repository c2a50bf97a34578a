package kyoso.gateway;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * A surge beyond what a service takes: the requests that cannot even wait for a connection are told
 * at once to come back (503, Retry-After), instead of queueing in the gateway's heap until it fails.
 */
@QuarkusTest
@TestProfile(SurgeTest.OneConnectionOneWaiting.class)
class SurgeTest {

    public static class OneConnectionOneWaiting implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kyoso.gateway.proxy.max-connections", "1", "kyoso.gateway.proxy.max-waiting", "1");
        }
    }

    @Test
    void beyondTheWaitingRoomTheAnswerIs503AtOnceAndTheOthersAreServed() throws Exception {
        // The stub's /slow never answers: the first request holds the only connection until the 1 s
        // response timeout, the second waits for it, a third has no place.
        // Two threads of their own: the common pool may have only one on a small machine.
        ExecutorService callers = Executors.newFixedThreadPool(2);
        var holding = CompletableFuture.supplyAsync(() -> Staff.client().when().get("/api/v1/plans/slow").statusCode(), callers);
        Thread.sleep(200);
        var waiting = CompletableFuture.supplyAsync(() -> Staff.client().when().get("/api/v1/plans/slow").statusCode(), callers);
        Thread.sleep(200);

        Staff.client().when().get("/api/v1/plans/slow")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "1")
                .body("type", containsString("upstream-busy"))
                .body("detail", containsString("混み合っています"));

        assertEquals(504, holding.get());
        assertEquals(504, waiting.get());
        callers.shutdown();
        // Once the queue has drained the service is reached again.
        Staff.client().when().get("/api/v1/plans").then().statusCode(200).body("path", equalTo("/api/v1/plans"));
    }
}
