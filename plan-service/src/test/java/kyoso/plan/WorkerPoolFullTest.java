package kyoso.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.api.Test;

/**
 * A caller that bypasses the gateway and floods the service finds its worker pool and queue full: the
 * refusal is the same problem+json 503 with Retry-After as every other, and the service serves again
 * as soon as its workers are free.
 */
@QuarkusTest
@TestProfile(WorkerPoolFullTest.OneWorkerOneWaiting.class)
class WorkerPoolFullTest {

    public static class OneWorkerOneWaiting implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.thread-pool.core-threads", "1", "quarkus.thread-pool.max-threads", "1",
                    "quarkus.thread-pool.queue-size", "1");
        }
    }

    /** Holds the only worker until the test lets it go. */
    @Path("/test-only/hold")
    public static class HoldResource {
        static volatile CountDownLatch release = new CountDownLatch(0);

        @GET
        @Blocking
        @Operation(hidden = true)
        public String hold() throws InterruptedException {
            release.await(10, TimeUnit.SECONDS);
            return "released";
        }
    }

    @Test
    void aFullWorkerPoolIsA503ProblemThatSaysWhenToComeBack() throws Exception {
        HoldResource.release = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(4);
        List<Future<Response>> sent = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                sent.add(callers.submit(() -> given().when().get("/test-only/hold")));
                Thread.sleep(150);
            }
            // The one worker is held and one request waits for it: the others were refused already.
            Thread.sleep(300);
        } finally {
            HoldResource.release.countDown();
        }
        List<Response> answers = new ArrayList<>();
        for (Future<Response> answer : sent) {
            answers.add(answer.get(20, TimeUnit.SECONDS));
        }
        callers.shutdown();

        List<Integer> statuses = answers.stream().map(Response::statusCode).toList();
        assertThat("the held and the waiting request were served", statuses, hasItem(200));
        assertThat("the rest were refused", statuses, hasItem(503));
        Response busy = answers.stream().filter(a -> a.statusCode() == 503).findFirst().orElseThrow();
        busy.then().contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("status", equalTo(503))
                .body("type", containsString("/problems/busy"))
                .body("detail", containsString("混み合っています"))
                .body("instance", equalTo("/test-only/hold"));
        given().when().get("/api/v1/plans").then().statusCode(200);
    }
}
