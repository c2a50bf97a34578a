package kyoso.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import kyoso.kit.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Staff drafting: copy, edit, move, delete, publish; published is immutable; every change recorded. */
@QuarkusTest
class DraftingTest {

    private static final String EDITOR = TestTokens.bearer("plan-editor");

    /** A fresh draft of the current plan: publishing it must not change what other tests read of 2.0. */
    private String draft() {
        String code = "draft-" + UUID.randomUUID().toString().substring(0, 8);
        given().header("Authorization", EDITOR).contentType(ContentType.JSON)
                .body(Map.of("from", "adopted", "code", code, "label", "テスト下書き"))
                .when().post("/api/v1/plans/dx-action-plan/versions")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/plans/dx-action-plan/versions/" + code + "/tree"))
                .body("status", equalTo("draft"))
                .body("basedOn", equalTo("dx-action-plan:adopted"));
        return code;
    }

    private String base(String code) {
        return "/api/v1/plans/dx-action-plan/versions/" + code;
    }

    private Map<String, Object> node(String key, String parentKey, String title, String body) {
        Map<String, Object> n = new HashMap<>();
        n.put("key", key);
        n.put("parentKey", parentKey);
        n.put("kind", "MEASURE");
        n.put("title", title);
        n.put("body", body);
        return n;
    }

    @Test
    void aDraftIsACopyOnlyStaffCanSee() {
        String code = draft();
        given().when().get(base(code) + "/tree").then().statusCode(404);
        given().header("Authorization", EDITOR).when().get(base(code) + "/tree")
                .then().statusCode(200)
                .body("version.status", equalTo("draft"))
                .body("nodes.key", contains("basic-philosophy", "guidelines", "policy", "directions"));
        given().when().get("/api/v1/plans/dx-action-plan").then().body("versions.code", not(hasItem(code)));
        given().header("Authorization", EDITOR).when().get("/api/v1/plans/dx-action-plan")
                .then().body("versions.code", hasItem(code));
    }

    @Test
    void nodesAreAddedEditedMovedAndDeletedAndTheComparisonShowsIt() {
        String code = draft();
        given().header("Authorization", EDITOR).contentType(ContentType.JSON)
                .body(node("industry-test-measure", "field-industry", "テスト施策", "本文です。"))
                .when().post(base(code) + "/nodes")
                .then().statusCode(201)
                .header("Location", endsWith(base(code) + "/nodes/industry-test-measure"))
                .body("order", equalTo(3));
        Map<String, Object> edit = node(null, null, "テスト施策", "本文を書き換えました。");
        edit.put("lockVersion", 0);
        given().header("Authorization", EDITOR).contentType(ContentType.JSON).body(edit)
                .when().put(base(code) + "/nodes/industry-web3")
                .then().statusCode(200).body("lockVersion", equalTo(1)).body("title", equalTo("テスト施策"));
        given().header("Authorization", EDITOR).contentType(ContentType.JSON)
                .body(Map.of("parentKey", "field-culture", "order", 1, "lockVersion", 0))
                .when().post(base(code) + "/nodes/industry-traffic-data/move")
                .then().statusCode(200).body("order", equalTo(1));
        given().header("Authorization", EDITOR).when().get(base(code) + "/nodes/field-culture")
                .then().statusCode(200)
                .body("children.key", contains("industry-traffic-data", "culture-digital-museum", "culture-digital-archive"));
        int lock = given().header("Authorization", EDITOR).when().get(base(code) + "/nodes/target-individual")
                .then().extract().path("lockVersion");
        given().header("Authorization", EDITOR).queryParam("lockVersion", lock)
                .when().delete(base(code) + "/nodes/target-individual").then().statusCode(204);

        given().header("Authorization", EDITOR)
                .when().get("/api/v1/plans/dx-action-plan/versions/adopted/compare/" + code)
                .then().statusCode(200)
                .body("changes.find { it.key == 'industry-test-measure' }.change", equalTo("added"))
                .body("changes.find { it.key == 'industry-web3' }.fields.field", contains("title", "body"))
                .body("changes.find { it.key == 'industry-traffic-data' }.change", equalTo("moved"))
                .body("changes.find { it.key == 'industry-traffic-data' }.toParent", equalTo("field-culture"))
                .body("changes.findAll { it.change == 'removed' }.key",
                        hasItems("target-individual", "target-individual-guidance", "target-individual-no-visit"));

        given().header("Authorization", EDITOR).queryParam("version", code)
                .when().get("/api/v1/plans/dx-action-plan/revisions")
                .then().statusCode(200)
                .body("action", contains("delete-node", "move-node", "edit-node", "add-node", "create-draft"))
                .body("actor", hasItem("tester@city.kanazawa.example"))
                .body("[0].on.label", org.hamcrest.Matchers.startsWith("令和"))
                .body("[2].detail.before.title", equalTo("Web3.0技術の利活用"))
                .body("[2].detail.after.body", equalTo("本文を書き換えました。"));
    }

    @Test
    void twoEditorsEditingTheSameNodeConflict() {
        String code = draft();
        Map<String, Object> first = node(null, null, "先の編集", null);
        first.put("lockVersion", 0);
        given().header("Authorization", EDITOR).contentType(ContentType.JSON).body(first)
                .when().put(base(code) + "/nodes/field-education").then().statusCode(200);
        Map<String, Object> second = node(null, null, "後の編集", null);
        second.put("lockVersion", 0);
        given().header("Authorization", EDITOR).contentType(ContentType.JSON).body(second)
                .when().put(base(code) + "/nodes/field-education")
                .then().statusCode(409).contentType("application/problem+json")
                .body("current.title", equalTo("先の編集"))
                .body("current.lockVersion", equalTo(1));
    }

    @Test
    void publishingMakesTheVersionImmutableAndLatest() {
        String code = draft();
        given().when().get("/api/v1/plans/dx-action-plan/versions/latest/tree").then().statusCode(200);
        given().when().get("/api/v1/plans/dx-action-plan/versions/adopted/compare/latest").then().statusCode(200);
        given().header("Authorization", EDITOR).when().post(base(code) + "/publish")
                .then().statusCode(200).body("status", equalTo("published"));
        // The cached "latest" tree was dropped on publication.
        given().when().get("/api/v1/plans/dx-action-plan/versions/latest/tree")
                .then().statusCode(200).body("version.code", equalTo(code));
        given().when().get("/api/v1/plans/dx-action-plan/versions/adopted/compare/latest")
                .then().statusCode(200).body("to.version.code", equalTo(code));
        Map<String, Object> edit = node(null, null, "公開後の編集", null);
        edit.put("lockVersion", 0);
        given().header("Authorization", EDITOR).contentType(ContentType.JSON).body(edit)
                .when().put(base(code) + "/nodes/field-education")
                .then().statusCode(409).contentType("application/problem+json");
        given().header("Authorization", EDITOR).when().post(base(code) + "/publish").then().statusCode(409);
        given().header("Authorization", EDITOR).contentType(ContentType.JSON)
                .body(node("x-y", null, "公開済みへの追加", null))
                .when().post("/api/v1/plans/dx-action-plan-2/versions/outline-2025-10-29/nodes")
                .then().statusCode(409);
    }

    @Test
    void invalidEditsNameEachField() {
        String code = draft();
        Map<String, Object> bad = new HashMap<>();
        bad.put("key", "Bad Key");
        bad.put("kind", "NOPE");
        bad.put("title", "");
        given().header("Authorization", EDITOR).contentType(ContentType.JSON).body(bad)
                .when().post(base(code) + "/nodes")
                .then().statusCode(400).body("errors.field", hasItem("title"));
        bad.put("title", "題");
        given().header("Authorization", EDITOR).contentType(ContentType.JSON).body(bad)
                .when().post(base(code) + "/nodes")
                .then().statusCode(400).body("errors[0].field", equalTo("key"))
                .body("errors[0].message", equalTo("key: 半角英小文字・数字・ハイフンで入力してください / use a-z, 0-9 and '-'"));
        bad.put("key", "ok-key");
        given().header("Authorization", EDITOR).contentType(ContentType.JSON).body(bad)
                .when().post(base(code) + "/nodes")
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
        given().header("Authorization", EDITOR).contentType(ContentType.JSON)
                .body(Map.of("parentKey", "field-industry", "lockVersion", 0))
                .when().post(base(code) + "/nodes/stage-2-diffusion/move")
                .then().statusCode(400).body("errors[0].field", equalTo("parentKey"));
        given().header("Authorization", EDITOR).contentType(ContentType.JSON)
                .body(Map.of("from", "nope", "code", "x", "label", "x"))
                .when().post("/api/v1/plans/dx-action-plan/versions")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().header("Authorization", EDITOR).when().delete(base(code) + "/nodes/policy")
                .then().statusCode(400).body("errors[0].field", equalTo("lockVersion"))
                .body("detail", equalTo("lockVersion: 読み込んだ時点の版 (lockVersion) を送ってください / send the lockVersion you read"));
        given().header("Authorization", EDITOR).when().get(base(code) + "/nodes/no-such-node").then().statusCode(404);
    }

    @Test
    void draftingNeedsThePlanEditorRole() {
        Map<String, Object> body = Map.of("from", "adopted", "code", "nobody", "label", "x");
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/plans/dx-action-plan/versions")
                .then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("meeting-secretary")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/plans/dx-action-plan/versions").then().statusCode(403);
        given().when().get("/api/v1/plans/dx-action-plan/revisions").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("comment-moderator"))
                .when().get("/api/v1/plans/dx-action-plan/revisions").then().statusCode(403);
    }
}
