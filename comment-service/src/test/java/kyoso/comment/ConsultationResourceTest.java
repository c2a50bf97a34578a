package kyoso.comment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConsultationResourceTest {

    private static final String SEEDED = "dx-action-plan-2-outline";

    @Test
    void theSeededConsultationIsListedWithItsPlanAndPeriod() {
        given().when().get("/api/v1/consultations")
                .then().statusCode(200)
                .body("id", hasItem(SEEDED))
                .body("find { it.id == '" + SEEDED + "' }.plan.code", equalTo("dx-action-plan-2"))
                .body("find { it.id == '" + SEEDED + "' }.plan.version", equalTo("outline-2025-10-29"))
                .body("find { it.id == '" + SEEDED + "' }.period.days", equalTo(30))
                .body("find { it.id == '" + SEEDED + "' }.period.note", equalTo("令和7年11月中旬から30日間"));
    }

    @Test
    void theSeededConsultationCarriesTheSummaryOutlineAndRules() {
        given().when().get("/api/v1/consultations/" + SEEDED)
                .then().statusCode(200)
                .body("title", equalTo("「金沢市DXアクションプラン2.0」骨子案に対する意見募集"))
                .body("summary", containsString("個人情報を除いて、本市の考え方とともに公表させていただきます。"))
                .body("plan.name", equalTo("金沢市DXアクションプラン2.0"))
                .body("plan.dated.label", equalTo("令和7年10月29日(水)"))
                .body("period.firstDay.label", equalTo("令和7年11月17日(月)"))
                .body("period.lastDay.label", equalTo("令和7年12月16日(火)"))
                .body("period.opensAt", equalTo("2025-11-17T00:00:00+09:00"))
                .body("period.fiscalYear.label", equalTo("令和7年度"))
                .body("outline.key", contains("basic-philosophy", "guidelines", "policy", "directions"))
                .body("outline.find { it.key == 'guidelines' }.children.title",
                        contains("市民目線", "スピード感", "チャレンジ", "成果検証", "デジタルファースト"))
                .body("outline.find { it.key == 'directions' }.children.title", contains("全般", "視点", "分野"))
                .body("outline.find { it.key == 'directions' }.children[2].children.title", contains("デジタルによる魅力づくり",
                        "デジタルによる暮らしづくり", "デジタルによる人づくり", "デジタルによる仕事づくり", "デジタルによる都市づくり"))
                .body("rules.maxTextLength", equalTo(4000))
                .body("rules.attributes.label", contains("市内在住", "市内在勤", "市内在学",
                        "市内に事務所・事業所を有する事業者", "その他"))
                .body("rules.channels.code", contains("web", "post", "fax", "email", "counter"))
                .body("history[0].to.code", equalTo("draft"))
                .body("history[1].to.code", equalTo("scheduled"))
                .body("history[0]", not(hasKey("actor")));
    }

    @Test
    void unknownConsultationIsAProblemJson404() {
        given().when().get("/api/v1/consultations/no-such")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("no-such"));
    }

    @Test
    void healthAndOpenApiAreServed() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).body("paths", hasKey("/api/v1/consultations/{id}"));
    }

    @Test
    void publicReadsCarryAnETagAndAnswer304WhenUnchanged() {
        String etag = given().when().get("/api/v1/consultations/" + SEEDED)
                .then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=0, s-maxage=1"))
                .extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/api/v1/consultations/" + SEEDED)
                .then().statusCode(304);
        given().header("If-None-Match", "\"something-else\"").when().get("/api/v1/consultations/" + SEEDED)
                .then().statusCode(200);
    }

    @Test
    void theListIsJsonByDefaultAndCsvWithBomOnRequest() {
        given().when().get("/api/v1/consultations").then().statusCode(200).contentType("application/json");
        String csv = given().queryParam("format", "csv").when().get("/api/v1/consultations")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(csv.startsWith("\uFEFF識別子,件名,状態"), csv);
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("「金沢市DXアクションプラン2.0」骨子案に対する意見募集"), csv);
        given().accept("text/csv").when().get("/api/v1/consultations")
                .then().statusCode(200).contentType(containsString("text/csv"));
    }
}
