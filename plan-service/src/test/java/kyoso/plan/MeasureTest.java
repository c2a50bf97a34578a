package kyoso.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import kyoso.kit.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeasureTest {

    private static final String EDITOR = TestTokens.bearer("plan-editor");

    @Test
    void theCurrentPlansMeasuresAreSeededWithoutInventedFigures() {
        given().queryParam("plan", "dx-action-plan").when().get("/api/v1/measures")
                .then().statusCode(200)
                .body("findAll { !it.title.endsWith('（テスト）') }.size()", equalTo(11))
                .body("title", hasItem("Web3.0技術の利活用"))
                .body("find { it.title == 'Web3.0技術の利活用' }.nodeKey", equalTo("industry-web3"))
                .body("find { it.title == 'Web3.0技術の利活用' }.department", nullValue())
                .body("find { it.title == 'Web3.0技術の利活用' }.kpis.size()", equalTo(0))
                .body("find { it.title == 'Web3.0技術の利活用' }.status", equalTo("no-data"));
        given().queryParam("plan", "dx-action-plan-2").when().get("/api/v1/measures")
                .then().statusCode(200).body("findAll { !it.title.endsWith('（テスト）') }.size()", equalTo(0));
        given().queryParam("plan", "nope").when().get("/api/v1/measures").then().statusCode(404);
    }

    @Test
    void aKpiIsOnTrackWhenItsActualIsOnTheLineFromBaselineToTarget() {
        long measure = createMeasure("電子申請の拡充（テスト）");
        long kpi = given().header("Authorization", EDITOR).contentType(ContentType.JSON)
                .body(Map.of("name", "電子申請できる手続の数", "unit", "件", "baselineValue", 100, "baselineFiscalYear", 2025,
                        "targetValue", 500, "targetFiscalYear", 2029))
                .when().post("/api/v1/measures/" + measure + "/kpis")
                .then().statusCode(201)
                .body("target.fiscalYear.label", equalTo("令和11年度"))
                .body("status", equalTo("no-data"))
                .extract().jsonPath().getLong("id");
        String progress = "/api/v1/measures/" + measure + "/kpis/" + kpi + "/progress/";
        given().header("Authorization", EDITOR).contentType(ContentType.JSON)
                .body(Map.of("actual", 200, "note", "想定どおり")).when().put(progress + 2026)
                .then().statusCode(201)
                .body("expected", equalTo(200))
                .body("status", equalTo("on-track"))
                .body("fiscalYear.label", equalTo("令和8年度"));
        given().header("Authorization", EDITOR).contentType(ContentType.JSON)
                .body(Map.of("actual", 250)).when().put(progress + 2027)
                .then().statusCode(201).body("expected", equalTo(300)).body("status", equalTo("behind"));
        given().when().get("/api/v1/measures/" + measure)
                .then().statusCode(200)
                .body("status", equalTo("behind"))
                .body("kpis[0].progress.fiscalYear.year", contains(2026, 2027))
                .body("kpis[0].status", equalTo("behind"));
        // Correcting a recorded year without the version read is refused, never a silent overwrite.
        given().header("Authorization", EDITOR).contentType(ContentType.JSON)
                .body(Map.of("actual", 320)).when().put(progress + 2027)
                .then().statusCode(409).body("current.actual", equalTo(250));
        given().header("Authorization", EDITOR).contentType(ContentType.JSON)
                .body(Map.of("actual", 520, "lockVersion", 0)).when().put(progress + 2027)
                .then().statusCode(200).body("status", equalTo("achieved"));
    }

    @Test
    void twoEditorsUpdatingTheSameMeasureConflict() {
        long measure = createMeasure("同時編集の確認（テスト）");
        given().header("Authorization", EDITOR).contentType(ContentType.JSON)
                .body(Map.of("title", "先に保存した人（テスト）", "department", "デジタル行政推進課", "lockVersion", 0))
                .when().put("/api/v1/measures/" + measure)
                .then().statusCode(200).body("lockVersion", equalTo(1)).body("department", equalTo("デジタル行政推進課"));
        given().header("Authorization", EDITOR).contentType(ContentType.JSON)
                .body(Map.of("title", "後から保存した人（テスト）", "lockVersion", 0))
                .when().put("/api/v1/measures/" + measure)
                .then().statusCode(409).contentType("application/problem+json")
                .body("current.title", equalTo("先に保存した人（テスト）"))
                .body("current.lockVersion", equalTo(1));
    }

    @Test
    void invalidInputNamesEachField() {
        given().header("Authorization", EDITOR).contentType(ContentType.JSON)
                .body(Map.of("plan", "dx-action-plan", "title", " "))
                .when().post("/api/v1/measures")
                .then().statusCode(400).body("errors.field", hasItem("title"));
        long measure = createMeasure("検証の確認（テスト）");
        given().header("Authorization", EDITOR).contentType(ContentType.JSON)
                .body(Map.of("name", "指標", "unit", "件", "baselineValue", 1, "baselineFiscalYear", 2027,
                        "targetValue", 2, "targetFiscalYear", 2026))
                .when().post("/api/v1/measures/" + measure + "/kpis")
                .then().statusCode(400).body("errors[0].field", equalTo("targetFiscalYear"))
                .body("detail", equalTo("targetFiscalYear: 目標年度は基準年度以降にしてください / must not be before the baseline fiscal year"));
        given().header("Authorization", EDITOR).contentType(ContentType.JSON)
                .body(Map.of("unit", "件", "targetFiscalYear", 1999))
                .when().post("/api/v1/measures/" + measure + "/kpis")
                .then().statusCode(400).body("errors.field", contains("name", "targetFiscalYear", "targetValue"))
                .body("errors.message", contains("指標名を入力してください / enter the indicator's name",
                        "年度は2000以降で入力してください / 2000 or later", "目標値を入力してください / enter the target value"));
        given().header("Authorization", EDITOR).contentType(ContentType.JSON)
                .body(Map.of("plan", "dx-action-plan", "title", "x", "nodeKey", "no-such-node"))
                .when().post("/api/v1/measures")
                .then().statusCode(400).body("errors[0].field", equalTo("nodeKey"));
    }

    @Test
    void writesNeedThePlanEditorRole() {
        Map<String, Object> body = Map.of("plan", "dx-action-plan", "title", "権限の確認");
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/measures").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("comment-moderator")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/measures").then().statusCode(403);
        given().when().get("/api/v1/measures/999999").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void measuresAreOpenDataAsCsvWithBom() {
        String csv = given().queryParam("plan", "dx-action-plan").queryParam("format", "csv")
                .when().get("/api/v1/measures")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(csv.startsWith("\uFEFFmeasure_id,plan,node_key,title"));
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("industry-web3,Web3.0技術の利活用"));
    }

    private long createMeasure(String title) {
        return given().header("Authorization", EDITOR).contentType(ContentType.JSON)
                .body(Map.of("plan", "dx-action-plan-2", "title", title, "nodeKey", "perspective-convenience"))
                .when().post("/api/v1/measures")
                .then().statusCode(201).header("Location", startsWith("http"))
                .extract().jsonPath().getLong("id");
    }
}
