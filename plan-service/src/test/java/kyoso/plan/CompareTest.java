package kyoso.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class CompareTest {

    private static final String RED = "デジタルの「社会浸透」と「社会実装」に資する施策全般を推進することを基本としつつ";

    private JsonPath currentVsTwo() {
        return given().queryParam("from", "dx-action-plan:adopted")
                .queryParam("to", "dx-action-plan-2:outline-2025-10-29")
                .when().get("/api/v1/plans/compare")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void philosophyAndGuidelinesContinueUnchanged() {
        var json = currentVsTwo();
        List<String> unchanged = json.getList("unchanged");
        assertTrue(unchanged.containsAll(List.of("basic-philosophy", "guidelines", "guideline-citizen-perspective",
                "guideline-speed", "guideline-challenge", "guideline-verification", "guideline-digital-first")));
        assertEquals("dx-action-plan", json.getString("from.plan.code"));
        assertEquals("outline-2025-10-29", json.getString("to.version.code"));
    }

    @Test
    void theRedAdditionToThePolicyShowsAsOneInsertion() {
        var json = currentVsTwo();
        Map<String, Object> policy = json.getMap("changes.find { it.key == 'policy' }");
        assertEquals("changed", policy.get("change"));
        assertEquals(Map.of("text", RED, "note", "赤字部分追加"), policy.get("marking"));
        assertEquals(true, policy.get("markingInserted"));
        List<Map<String, String>> segments = json.getList("changes.find { it.key == 'policy' }.fields.find { it.field == 'body' }.segments");
        // 取り組み → 取組 is an edit of single characters; the rest of the second paragraph is rewritten.
        assertEquals(List.of("り", "み"), segments.stream().filter(s -> s.get("op").equals("delete")).limit(2)
                .map(s -> s.get("text")).toList());
        List<String> inserted = segments.stream().filter(s -> s.get("op").equals("insert")).map(s -> s.get("text")).toList();
        assertEquals(1, inserted.size());
        assertTrue(inserted.get(0).startsWith("このプランでは、" + RED + "、"));
    }

    @Test
    void fieldsOfTheCurrentPlanAreRemovedAndTheFiveNewFieldsAdded() {
        given().queryParam("from", "dx-action-plan:adopted").queryParam("to", "dx-action-plan-2")
                .when().get("/api/v1/plans/compare")
                .then().statusCode(200)
                .body("changes.findAll { it.change == 'removed' && it.from.kind == 'FIELD' }.key",
                        contains("field-industry", "field-community", "field-culture", "field-education"))
                .body("changes.findAll { it.change == 'added' && it.to.kind == 'FIELD' }.key",
                        contains("field-attraction", "field-living", "field-people", "field-work", "field-city"))
                .body("changes.find { it.key == 'field-attraction' }.to.alignment.theme", equalTo("魅力づくり"))
                .body("changes.findAll { it.change == 'added' }.key", hasItems("perspective-co-creation", "fields"))
                .body("changes.find { it.key == 'perspective-convenience' }.change", equalTo("changed"))
                .body("changes.find { it.key == 'perspective-convenience' }.moved", equalTo(true))
                .body("changes.find { it.key == 'perspective-convenience' }.fromParent", equalTo("stage-2-diffusion"))
                .body("changes.find { it.key == 'perspective-convenience' }.toParent", equalTo("perspectives"))
                .body("changes.find { it.key == 'perspective-convenience' }.fields.find { it.field == 'title' }.segments",
                        hasItems(Map.of("op", "delete", "text", "デジタルにより"), Map.of("op", "equal", "text", "全ての人の利便性向上")))
                .body("summary.unchanged", equalTo(7));
    }

    @Test
    void aVersionComparedWithItselfHasNoChanges() {
        given().when().get("/api/v1/plans/dx-action-plan-2/versions/outline-2025-10-29/compare/latest")
                .then().statusCode(200)
                .body("summary.added", equalTo(0))
                .body("summary.changed", equalTo(0))
                .body("changes", org.hamcrest.Matchers.empty());
    }

    @Test
    void missingOrUnknownSidesAreProblems() {
        given().queryParam("to", "dx-action-plan-2").when().get("/api/v1/plans/compare")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("from"));
        given().queryParam("from", "nope:adopted").queryParam("to", "dx-action-plan-2")
                .when().get("/api/v1/plans/compare").then().statusCode(404);
        given().when().get("/api/v1/plans/dx-action-plan/versions/adopted/compare/nope")
                .then().statusCode(404).body("detail", not(equalTo(null)));
    }

    @Test
    void thePublicCommentTableDiffersFromTheOutlineSlidesAsTheSourceDoes() {
        var json = given().when()
                .get("/api/v1/plans/dx-action-plan-2/versions/outline-2025-10-29/compare/public-comment")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, String>> verification = json.getList(
                "changes.find { it.key == 'guideline-verification' }.fields.find { it.field == 'body' }.segments");
        assertTrue(verification.contains(Map.of("op", "insert", "text", "結果の")));
        assertEquals("成果と結果の検証を重視して取り組む",
                json.getString("changes.find { it.key == 'guideline-verification' }.to.body"));
        // The table lists no 施策の例 under the five 分野: 3 + 3 + 3 + 3 + 4 examples are gone.
        List<String> removed = json.getList("changes.findAll { it.change == 'removed' }.key");
        assertEquals(16, removed.size());
        assertTrue(removed.contains("city-disaster-resilience"));
        assertTrue(json.getList("unchanged", String.class).contains("convenience-e-application"));
    }
}
