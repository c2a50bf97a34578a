package kyoso.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SearchTest {

    @Test
    void findsTheCoCreationPerspectiveRankedFirst() {
        given().queryParam("q", "共創のための環境整備").queryParam("plan", "dx-action-plan-2")
                .when().get("/api/v1/search/plans")
                .then().statusCode(200)
                .body("[0].key", equalTo("perspective-co-creation"))
                .body("[0].href", equalTo("/api/v1/plans/dx-action-plan-2/versions/outline-2025-10-29/nodes/perspective-co-creation"));
    }

    @Test
    void widthAndKanaVariantsFindTheSameNodes() {
        // ｼﾋﾞｯｸﾃｯｸ (half-width) and しびっくてっく (hiragana) both find シビックテック.
        given().queryParam("q", "ｼﾋﾞｯｸﾃｯｸ").when().get("/api/v1/search/plans")
                .then().statusCode(200).body("key", hasItem("living-civic-tech"));
        given().queryParam("q", "しびっくてっく").when().get("/api/v1/search/plans")
                .then().statusCode(200).body("key", hasItem("living-civic-tech"));
        // Ｗｅｂ３．０ (full-width) finds Web3.0 in the current plan.
        given().queryParam("q", "Ｗｅｂ３．０").queryParam("plan", "dx-action-plan").when().get("/api/v1/search/plans")
                .then().statusCode(200).body("[0].key", equalTo("industry-web3"));
    }

    @Test
    void searchCanBeNarrowedToOnePlan() {
        given().queryParam("q", "マイナンバーカード").queryParam("plan", "dx-action-plan-2")
                .when().get("/api/v1/search/plans")
                .then().statusCode(200).body("plan", everyItem(equalTo("dx-action-plan-2")))
                .body("key", hasItem("convenience-mynumber-procedures"));
    }

    @Test
    void anEmptyQueryIsA400NamingQ() {
        given().when().get("/api/v1/search/plans")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("q"));
        given().queryParam("q", "DX").queryParam("limit", 0).when().get("/api/v1/search/plans")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }
}
