package kyoso.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Limits, failures of the services, security headers and CORS: what every caller meets at the door. */
@QuarkusTest
class FrontDoorTest {

    @Test
    void signInIsRateLimitedPerClient() {
        String client = Staff.newClient();
        for (int i = 0; i < 10; i++) {
            given().header("X-Forwarded-For", client).contentType("application/json")
                    .body(Map.of("username", "nobody", "password", "wrong password"))
                    .when().post("/auth/login")
                    .then().statusCode(401)
                    .header("RateLimit-Limit", "10")
                    .header("RateLimit-Remaining", String.valueOf(9 - i));
        }
        given().header("X-Forwarded-For", client).contentType("application/json")
                .body(Map.of("username", "admin", "password", Staff.admin().password()))
                .when().post("/auth/login")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .header("RateLimit-Remaining", "0")
                .header("RateLimit-Policy", "10;w=60");
        // Another client is not affected.
        Staff.login(Staff.admin()).then().statusCode(200);
    }

    @Test
    void sendingOpinionsIsRateLimitedMoreStrictlyThanReading() {
        String client = Staff.newClient();
        for (int i = 0; i < 10; i++) {
            given().header("X-Forwarded-For", client).contentType("application/json").body("{\"text\":\"意見\"}")
                    .when().post("/api/v1/consultations/c-1/submissions").then().statusCode(201);
        }
        given().header("X-Forwarded-For", client).contentType("application/json").body("{\"text\":\"意見\"}")
                .when().post("/api/v1/consultations/c-1/submissions")
                .then().statusCode(429).header("Retry-After", notNullValue());
        given().header("X-Forwarded-For", client).when().get("/api/v1/consultations/c-1")
                .then().statusCode(200).header("RateLimit-Policy", "600;w=60");
    }

    @Test
    void oversizedBodiesAre413BeforeReachingAService() {
        String big = "x".repeat(1024 * 1024 + 1);
        Staff.client().contentType("application/json").body(big).when().post("/api/v1/plans")
                .then().statusCode(413).contentType("application/problem+json");
        String longOpinion = "あ".repeat(100_000);
        Staff.client().contentType("application/json").body(longOpinion)
                .when().post("/api/v1/consultations/c-1/submissions")
                .then().statusCode(413);
        Staff.client().contentType("application/json").body("x".repeat(100 * 1024)).when().post("/auth/login")
                .then().statusCode(413);
    }

    @Test
    void serviceDownIs503ProblemJson() {
        Staff.client().when().get("/api/v1/down-service/things")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("status", equalTo(503))
                .body("instance", equalTo("/api/v1/down-service/things"))
                .body("detail", containsString("down"));
    }

    @Test
    void slowServiceIs504ProblemJson() {
        Staff.client().when().get("/api/v1/plans/slow")
                .then().statusCode(504).contentType("application/problem+json").body("status", equalTo(504));
    }

    @Test
    void brokenAnswerIs502ProblemJson() {
        Staff.client().when().get("/api/v1/meetings/reset")
                .then().statusCode(502).contentType("application/problem+json").body("status", equalTo(502));
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (String path : new String[]{"/", "/api/v1/plans", "/auth/jwks.json"}) {
            Staff.client().accept("text/html, application/json").when().get(path)
                    .then().statusCode(200)
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "strict-origin-when-cross-origin")
                    .header("X-Frame-Options", "DENY")
                    .header("Strict-Transport-Security", nullValue());
        }
        Staff.client().header("X-Forwarded-Proto", "https").accept("text/html").when().get("/")
                .then().header("Strict-Transport-Security", containsString("max-age="));
    }

    @Test
    void corsAllowsPublicReadsFromAnySiteAndNothingElse() {
        Staff.client().header("Origin", "https://code4kanazawa.example").when().get("/api/v1/plans")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Expose-Headers", containsString("ETag"));
        Staff.client().header("Origin", "https://code4kanazawa.example")
                .header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/meetings")
                .then().statusCode(204).header("Access-Control-Allow-Methods", "GET, HEAD");
        Staff.client().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/consultations/c-1/submissions")
                .then().statusCode(403).header("Access-Control-Allow-Origin", nullValue());
        // The stub service answers with its own Access-Control-Allow-Origin; a write never gets one.
        Staff.client().header("Origin", "https://evil.example").contentType("application/json").body("{}")
                .when().post("/api/v1/plans")
                .then().statusCode(201).header("Access-Control-Allow-Origin", nullValue());
        Staff.client().header("Origin", "https://evil.example").contentType("application/json")
                .body(Map.of("username", "admin", "password", "x"))
                .when().post("/auth/login")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
