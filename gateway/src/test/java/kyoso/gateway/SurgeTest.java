package kyoso.gateway;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
            // One event loop: its pool holds the whole bound (with more, each loop's pool holds a share).
            return Map.of("kyoso.gateway.proxy.max-connections", "1", "kyoso.gateway.proxy.max-waiting", "1",
                    "quarkus.vertx.event-loops-pool-size", "1");
        }
    }

    @Test
    void beyondTheWaitingRoomTheAnswerIs503AtOnceAndTheOthersAreServed() throws Exception {
        // The stub's /slow never answers: a request holds the only connection until the 1 s response
        // timeout (504), one more may wait for it, the rest of four sent together have no place.
        ExecutorService callers = Executors.newFixedThreadPool(4);
        List<Future<Response>> sent = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sent.add(callers.submit(() -> Staff.client().when().get("/api/v1/plans/slow")));
            Thread.sleep(100);
        }
        List<Response> answers = new ArrayList<>();
        for (Future<Response> answer : sent) {
            answers.add(answer.get());
        }
        callers.shutdown();

        List<Integer> statuses = answers.stream().map(Response::statusCode).toList();
        assertThat("the service was reached", statuses, hasItem(504));
        assertThat("the surge was refused", statuses, hasItem(503));
        Response busy = answers.stream().filter(a -> a.statusCode() == 503).findFirst().orElseThrow();
        busy.then().contentType("application/problem+json")
                .header("Retry-After", "1")
                .body("type", containsString("upstream-busy"))
                .body("detail", containsString("混み合っています"));
        // Once the queue has drained the service is reached again.
        Staff.client().when().get("/api/v1/plans").then().statusCode(200).body("path", equalTo("/api/v1/plans"));
    }
}
