package kyoso.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The service-kit's conditional GET, seen as a harvester re-reading the 2.0 tree sees it. */
@QuarkusTest
class ConditionalGetTest {

    private static final String TREE = "/api/v1/plans/dx-action-plan-2/versions/latest/tree";

    @Test
    void aRepeatedReadWithTheSameTagIsA304WithoutBody() {
        String etag = given().when().get(TREE)
                .then().statusCode(200)
                .header("ETag", startsWith("W/\""))
                .header("Cache-Control", equalTo("public, max-age=0, s-maxage=1"))
                .extract().header("ETag");

        given().header("If-None-Match", etag).when().get(TREE)
                .then().statusCode(304)
                .header("ETag", equalTo(etag))
                .body(emptyString());
    }

    @Test
    void aStaleTagGetsTheFullBody() {
        given().header("If-None-Match", "W/\"stale\"").when().get(TREE)
                .then().statusCode(200)
                .body("nodes.size()", not(equalTo(0)));
    }

    @Test
    void differentResourcesHaveDifferentTags() {
        String tree = given().get(TREE).then().extract().header("ETag");
        String plans = given().get("/api/v1/plans").then().extract().header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(tree, plans);
    }

    @Test
    void errorsCarryNoTag() {
        given().when().get("/api/v1/plans/no-such-plan")
                .then().statusCode(404)
                .header("ETag", org.hamcrest.Matchers.nullValue());
    }
}
