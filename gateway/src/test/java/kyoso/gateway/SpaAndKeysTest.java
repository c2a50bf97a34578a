package kyoso.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SpaAndKeysTest {

    @Test
    void rootServesTheSpaWithoutCaching() {
        given().accept("text/html").when().get("/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Cache-Control", equalTo("no-cache"))
                .body(equalTo(UpstreamStubs.SPA_INDEX));
    }

    @Test
    void deepLinksFallBackToIndexHtml() {
        given().accept("text/html,application/xhtml+xml").when().get("/plans/dx-action-plan-2/compare")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(equalTo(UpstreamStubs.SPA_INDEX));
    }

    @Test
    void hashedAssetsAreCachedForAYear() {
        given().when().get("/assets/app-1a2b3c.js")
                .then().statusCode(200)
                .contentType(containsString("javascript"))
                .header("Cache-Control", containsString("immutable"))
                .header("Cache-Control", containsString("max-age=31536000"))
                .body(equalTo(UpstreamStubs.SPA_SCRIPT));
    }

    @Test
    void unchangedFileAnswers304() {
        String etag = given().when().get("/robots.txt").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/robots.txt").then().statusCode(304);
    }

    @Test
    void missingFileThatIsNotAPageIs404() {
        given().accept("application/javascript").when().get("/assets/missing.js")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void unknownGatewayPathIsNotTheSpa() {
        given().accept("text/html").when().get("/auth/no-such-thing")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void traversalOutOfTheSpaDirectoryIsNotServed() {
        given().urlEncodingEnabled(false).accept("text/plain").when().get("/..%2f..%2fetc%2fpasswd")
                .then().statusCode(not(equalTo(200)));
    }

    @Test
    void jwksPublishesOnlyPublicRsaKeys() {
        given().when().get("/auth/jwks.json")
                .then().statusCode(200)
                .contentType(containsString("application/json"))
                .body("keys.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("keys.kty", everyItem(equalTo("RSA")))
                .body("keys.alg", everyItem(equalTo("RS256")))
                .body("keys.use", everyItem(equalTo("sig")))
                .body("keys.kid", everyItem(startsWith("k")))
                .body("keys[0].n", notNullValue())
                .body("keys[0].e", equalTo("AQAB"))
                .body("keys[0]", not(hasKey("d")))
                .body("keys[0]", not(hasKey("p")))
                .body("keys[0]", not(hasKey("q")));
    }

    @Test
    void healthAndOwnOpenApiAreServed() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).body("paths", hasKey("/auth/jwks.json"));
    }
}
