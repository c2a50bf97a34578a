package kyoso.comment;

import static io.restassured.RestAssured.given;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doReturn;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kyoso.comment.client.PlanServiceClient;
import kyoso.comment.client.PlanServiceClient.Node;
import kyoso.kit.testing.TestTokens;

/** Consultations of a test's own, so that no test depends on another's data. */
final class Fixtures {

    static final String MODERATOR = "comment-moderator";

    private Fixtures() {
    }

    /** The part of the 2.0 outline tree plan-service serves that the tests refer to. */
    static PlanServiceClient.Tree outlineTree() {
        return new PlanServiceClient.Tree(
                new PlanServiceClient.Plan("dx-action-plan-2", "金沢市DXアクションプラン2.0"),
                new PlanServiceClient.Version("outline-2025-10-29", "骨子案",
                        new PlanServiceClient.Dated(LocalDate.of(2025, 10, 29))),
                List.of(new Node("basic-philosophy", "2.1", "基本理念", List.of()),
                        new Node("directions", "2.4", "取組の方向性", List.of(
                                new Node("perspectives", null, "視点", List.of(
                                        new Node("perspective-convenience", "1", "全ての人の利便性向上", null),
                                        new Node("perspective-co-creation", "2", "共創のための環境整備", null))),
                                new Node("fields", null, "分野", List.of(
                                        new Node("field-people", "3", "デジタルによる人づくり", null)))))));
    }

    static void planServiceAnswers(PlanServiceClient mock) {
        doReturn(outlineTree()).when(mock).tree(anyString(), anyString());
    }

    static Map<String, Object> draft(String id, String opensAt, String closesAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("id", id);
        body.put("title", "テスト用の意見募集 " + id);
        body.put("summary", "テストのための案件です。");
        body.put("plan", "dx-action-plan-2");
        body.put("version", "outline-2025-10-29");
        body.put("opensAt", opensAt);
        body.put("closesAt", closesAt);
        body.put("requiredFields", List.of("name", "address", "attribute"));
        return body;
    }

    static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates a consultation and schedules it; the clock must stand before closesAt. */
    static String scheduled(String prefix, String opensAt, String closesAt) {
        String id = uniqueId(prefix);
        given().contentType(ContentType.JSON).header("Authorization", TestTokens.bearer(MODERATOR))
                .body(draft(id, opensAt, closesAt))
                .when().post("/api/v1/consultations").then().statusCode(201);
        moveTo(id, "scheduled").then().statusCode(200);
        return id;
    }

    static io.restassured.response.Response moveTo(String id, String state) {
        return given().contentType(ContentType.JSON).header("Authorization", TestTokens.bearer(MODERATOR))
                .body(Map.of("to", state, "reason", "テスト"))
                .when().post("/api/v1/consultations/" + id + "/transitions");
    }
}
