package kyoso.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlanResourceTest {

    @Test
    void listsBothPlansOfTheSeedWithPeriodsAndPredecessor() {
        given().when().get("/api/v1/plans")
                .then().statusCode(200)
                .body("code", contains("dx-action-plan", "dx-action-plan-2"))
                .body("name", contains("金沢市DXアクションプラン", "金沢市DXアクションプラン2.0"))
                .body("[0].period.start.label", equalTo("令和5年度"))
                .body("[0].period.years", equalTo(3))
                .body("[1].period.start.year", equalTo(2026))
                .body("[1].period.end.label", equalTo("令和11年度"))
                .body("[1].period.years", equalTo(4))
                .body("[1].predecessor", equalTo("dx-action-plan"));
    }

    @Test
    void treeOfTheOutlineHoldsPhilosophyAndTheFiveGuidelines() {
        given().when().get("/api/v1/plans/dx-action-plan-2/versions/latest/tree")
                .then().statusCode(200)
                .body("version.label", equalTo("骨子案"))
                .body("version.dated.label", equalTo("令和7年10月29日(水)"))
                .body("nodes.find { it.key == 'basic-philosophy' }.subtitle",
                        equalTo("全ての人が便利に暮らし、幸せを実感するまちへ"))
                .body("nodes.find { it.key == 'guidelines' }.children", hasSize(5))
                .body("nodes.find { it.key == 'guidelines' }.children.title",
                        contains("市民目線", "スピード感", "チャレンジ", "成果検証", "デジタルファースト"));
    }

    @Test
    void planDetailListsItsVersions() {
        given().when().get("/api/v1/plans/dx-action-plan-2")
                .then().statusCode(200)
                .body("versions.code", hasItems("outline-2025-10-29"));
    }

    @Test
    void unknownPlanIsAProblemJson404() {
        given().when().get("/api/v1/plans/no-such-plan")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("no-such-plan"))
                .body("instance", equalTo("/api/v1/plans/no-such-plan"));
    }

    @Test
    void unknownVersionIsA404() {
        given().when().get("/api/v1/plans/dx-action-plan-2/versions/nope/tree")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void unknownPathIsAProblemJson404WithoutInternals() {
        given().when().get("/api/v1/nothing-here")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body(org.hamcrest.Matchers.not(containsString("Exception")));
    }

    @Test
    void healthAndOpenApiAreServed() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).body("paths", org.hamcrest.Matchers.hasKey("/api/v1/plans"));
    }
}
