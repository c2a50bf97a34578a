package kyoso.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The gateway's shared cache, seen from outside. The stub echoes the request id it received, so an
 * answer carrying an earlier request's id came from the gateway's memory, not from the service.
 * Every test reads paths of its own: the cache is shared by the whole test run.
 */
@QuarkusTest
class SharedCacheTest {

    private static String path() {
        return "/api/v1/plans/" + UUID.randomUUID() + "/shared";
    }

    private static String servedFor(Response response) {
        return response.then().statusCode(200).extract().path("headers.x-request-id");
    }

    @Test
    void aBurstOfReadersIsAnsweredFromTheGatewayWhileTheServiceAllowsIt() {
        String path = path();
        String first = servedFor(given().get(path));
        Response again = given().get(path);
        again.then().statusCode(200)
                .header("Age", notNullValue())
                .header("X-Request-Id", not(equalTo(first)))
                .header("Content-Security-Policy", notNullValue())
                .body("path", equalTo(path));
        org.junit.jupiter.api.Assertions.assertEquals(first, servedFor(again), "the second reader was answered from memory");
    }

    @Test
    void aHolderOfTheSameTagGetsA304FromTheGateway() {
        String path = path();
        given().get(path).then().statusCode(200);
        given().header("If-None-Match", "\"stub-1\"").get(path)
                .then().statusCode(304).header("ETag", equalTo("\"stub-1\"")).header("Age", notNullValue()).body(emptyString());
    }

    @Test
    void aReaderWhoAlreadyHoldsTheTagFillsTheCacheForEveryoneElse() {
        String path = path();
        given().header("If-None-Match", "W/\"stub-1\"").get(path)
                .then().statusCode(304).header("ETag", equalTo("\"stub-1\"")).header("Content-Type", nullValue()).body(emptyString());
        given().header("If-None-Match", "\"other\"").get(path)
                .then().statusCode(200).header("Age", notNullValue()).body("path", equalTo(path));
        given().header("If-None-Match", "\"stub-1\"").get(path).then().statusCode(304).header("Age", notNullValue());
    }

    @Test
    void signedInReadsAndOtherLanguagesAlwaysReachTheService() {
        String path = path();
        String anonymous = servedFor(given().get(path));
        org.junit.jupiter.api.Assertions.assertNotEquals(anonymous,
                servedFor(given().header("Authorization", "Bearer staff.token.value").get(path)));
        org.junit.jupiter.api.Assertions.assertNotEquals(anonymous,
                servedFor(given().header("Accept-Language", "en").get(path)));
        org.junit.jupiter.api.Assertions.assertNotEquals(anonymous,
                servedFor(given().header("Cache-Control", "no-cache").get(path)));
    }

    @Test
    void anAnswerTheServiceDoesNotMarkSharedIsNeverKept() {
        String path = "/api/v1/plans/" + UUID.randomUUID();
        String first = servedFor(given().get(path));
        Response again = given().get(path);
        again.then().header("Age", nullValue());
        org.junit.jupiter.api.Assertions.assertNotEquals(first, servedFor(again));
    }

    @Test
    void aWriteThroughTheGatewayEmptiesTheCacheBeforeTheWriterHearsBack() {
        String path = path();
        String before = servedFor(given().get(path));
        given().header("Authorization", "Bearer editor.token.value").contentType("application/json").body("{}")
                .post("/api/v1/measures").then().statusCode(201);
        org.junit.jupiter.api.Assertions.assertNotEquals(before, servedFor(given().get(path)));
    }
}
