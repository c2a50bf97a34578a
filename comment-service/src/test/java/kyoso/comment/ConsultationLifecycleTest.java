package kyoso.comment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import java.util.List;
import java.util.Map;
import kyoso.comment.client.PlanServiceClient;
import kyoso.comment.client.PlanServiceClient.PlanVersionNotFound;
import kyoso.comment.domain.ConsultationLifecycle;
import kyoso.kit.testing.TestTokens;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The consultation's states. Tests that record on-time transitions for all consultations keep their
 * clock before 2025-11-17, the seeded 2.0 consultation's opening, so that they never move it.
 */
@QuarkusTest
class ConsultationLifecycleTest {

    static final String SEEDED = "dx-action-plan-2-outline";

    @Inject
    TestClock clock;

    @Inject
    ConsultationLifecycle lifecycle;

    @InjectMock
    @RestClient
    PlanServiceClient planService;

    @BeforeEach
    void september() {
        Fixtures.planServiceAnswers(planService);
        clock.set("2025-08-01T09:00:00+09:00");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static io.restassured.specification.RequestSpecification asModerator() {
        return given().contentType(ContentType.JSON).header("Authorization", TestTokens.bearer(Fixtures.MODERATOR));
    }

    @Test
    void creatingTakesTheOutlineFromPlanServiceAndStartsAsDraft() {
        String id = Fixtures.uniqueId("create");
        asModerator().body(Fixtures.draft(id, "2025-09-01T00:00:00+09:00", "2025-10-01T00:00:00+09:00"))
                .when().post("/api/v1/consultations")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/consultations/" + id))
                .body("status.code", equalTo("draft"))
                .body("plan.name", equalTo("金沢市DXアクションプラン2.0"))
                .body("plan.versionLabel", equalTo("骨子案"))
                .body("outline.key", contains("basic-philosophy", "directions"))
                .body("outline[1].children[0].children.key", contains("perspective-convenience", "perspective-co-creation"))
                .body("outlineTakenAt", equalTo("2025-08-01T09:00:00+09:00"))
                .body("period.days", equalTo(30))
                .body("rules.attributes.code", contains("resident", "worker", "student", "business", "other"))
                .body("history.to.code", contains("draft"));
    }

    @Test
    void aDraftIsSeenByModeratorsOnlyUntilItIsScheduled() {
        String id = Fixtures.uniqueId("hidden");
        asModerator().body(Fixtures.draft(id, "2025-09-01T00:00:00+09:00", "2025-10-01T00:00:00+09:00"))
                .when().post("/api/v1/consultations").then().statusCode(201);

        given().when().get("/api/v1/consultations/" + id).then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/consultations").then().statusCode(200).body("id", not(hasItem(id)));
        given().accept("text/csv").when().get("/api/v1/consultations").then().statusCode(200).body(not(containsString(id)));
        given().header("Authorization", TestTokens.bearer("plan-editor"))
                .when().get("/api/v1/consultations/" + id).then().statusCode(404);
        asModerator().when().get("/api/v1/consultations/" + id).then().statusCode(200).body("status.code", equalTo("draft"));
        asModerator().when().get("/api/v1/consultations").then().statusCode(200).body("id", hasItem(id));

        Fixtures.moveTo(id, "scheduled").then().statusCode(200);
        given().when().get("/api/v1/consultations/" + id).then().statusCode(200).body("status.code", equalTo("scheduled"));
        given().when().get("/api/v1/consultations").then().statusCode(200).body("id", hasItem(id));
    }

    @Test
    void onlyModeratorsCreateAndMoveConsultations() {
        String id = Fixtures.uniqueId("perm");
        Map<String, Object> body = Fixtures.draft(id, "2025-09-01T00:00:00+09:00", "2025-10-01T00:00:00+09:00");
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/consultations").then().statusCode(401);
        given().contentType(ContentType.JSON).body(body).header("Authorization", "Bearer not-a-token")
                .when().post("/api/v1/consultations").then().statusCode(401);
        given().contentType(ContentType.JSON).body(body).header("Authorization", TestTokens.bearer("plan-editor"))
                .when().post("/api/v1/consultations").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("to", "archived"))
                .header("Authorization", TestTokens.bearer("meeting-secretary"))
                .when().post("/api/v1/consultations/" + SEEDED + "/transitions").then().statusCode(403);
    }

    @Test
    void aPeriodUnder30DaysNeedsAReason() {
        String id = Fixtures.uniqueId("short");
        Map<String, Object> body = Fixtures.draft(id, "2025-09-01T00:00:00+09:00", "2025-09-30T00:00:00+09:00");
        asModerator().body(body).when().post("/api/v1/consultations")
                .then().statusCode(400)
                .body("errors.field", hasItem("shortPeriodReason"))
                .body("detail", equalTo("shortPeriodReason: 募集期間が29日間で30日未満です。30日未満とする理由を入力してください"
                        + " / the period is 29 days, less than 30: give the reason"));
        body.put("shortPeriodReason", "法令の改正に合わせて急いで定める必要があるため");
        asModerator().body(body).when().post("/api/v1/consultations")
                .then().statusCode(201).body("period.shortPeriodReason", containsString("法令の改正"));
        asModerator().body(body).when().post("/api/v1/consultations").then().statusCode(409);
    }

    @Test
    void invalidCreationNamesTheFields() {
        asModerator().body(Map.of("id", "X", "title", "", "opensAt", "2025-09-01T00:00:00+09:00"))
                .when().post("/api/v1/consultations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("id"))
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("closesAt"));
    }

    @Test
    void anUnknownPlanVersionIsA400() {
        when(planService.tree(anyString(), anyString())).thenThrow(new PlanVersionNotFound());
        Map<String, Object> body = Fixtures.draft(Fixtures.uniqueId("nover"), "2025-09-01T00:00:00+09:00",
                "2025-10-01T00:00:00+09:00");
        asModerator().body(body).when().post("/api/v1/consultations")
                .then().statusCode(400).body("errors.field", contains("version"));
    }

    @Test
    void whenPlanServiceIsDownTheDraftWaitsForItsOutline() {
        when(planService.tree(anyString(), anyString())).thenThrow(new ProcessingException("connection refused"));
        String id = Fixtures.uniqueId("down");
        asModerator().body(Fixtures.draft(id, "2025-09-01T00:00:00+09:00", "2025-10-01T00:00:00+09:00"))
                .when().post("/api/v1/consultations")
                .then().statusCode(201)
                .body("outline", empty())
                .body("outlineTakenAt", nullValue());
        Fixtures.moveTo(id, "scheduled").then().statusCode(409).body("errors.field", hasItem("outline"));

        Fixtures.planServiceAnswers(planService);
        asModerator().when().post("/api/v1/consultations/" + id + "/outline")
                .then().statusCode(200).body("outline.key", contains("basic-philosophy", "directions"));
        Fixtures.moveTo(id, "scheduled").then().statusCode(200).body("status.code", equalTo("scheduled"));
        asModerator().when().post("/api/v1/consultations/" + id + "/outline").then().statusCode(409);
    }

    @Test
    void transitionsFollowTheStateMachine() {
        String id = Fixtures.scheduled("sm", "2025-09-01T00:00:00+09:00", "2025-10-01T00:00:00+09:00");
        Fixtures.moveTo(id, "answering").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("「募集予定」から「意見を整理中」へは変更できません。変更できる状態: 準備中"
                        + " / Cannot move from scheduled to answering; possible: draft."));
        Fixtures.moveTo(id, "nonsense").then().statusCode(400).body("errors.field", contains("to"));
        Fixtures.moveTo(id, "draft").then().statusCode(200).body("status.code", equalTo("draft"));
        Fixtures.moveTo(id, "scheduled").then().statusCode(200);
        Fixtures.moveTo("no-such-consultation", "scheduled").then().statusCode(404);
    }

    @Test
    void openingAndClosingHappenOnTimeAndAreRecorded() {
        String id = Fixtures.scheduled("ontime", "2025-09-01T00:00:00+09:00", "2025-10-01T00:00:00+09:00");

        clock.set("2025-08-31T23:59:59+09:00");
        given().when().get("/api/v1/consultations/" + id).then().body("status.code", equalTo("scheduled"))
                .body("accepting", equalTo(false));
        clock.set("2025-09-01T00:00:00+09:00");
        given().when().get("/api/v1/consultations/" + id).then().body("status.code", equalTo("open"))
                .body("accepting", equalTo(true));

        clock.set("2025-09-01T00:00:30+09:00");
        lifecycle.catchUpAll();
        given().when().get("/api/v1/consultations/" + id).then()
                .body("history.to.code", contains("draft", "scheduled", "open"))
                .body("history[2].by", equalTo("system"))
                .body("history[2].at", equalTo("2025-09-01T00:00:00+09:00"));

        clock.set("2025-10-01T00:00:00+09:00");
        given().when().get("/api/v1/consultations/" + id).then().body("status.code", equalTo("closed"));
        lifecycle.catchUpAll();
        given().when().get("/api/v1/consultations/" + id).then()
                .body("history.to.code", contains("draft", "scheduled", "open", "closed"))
                .body("history[3].at", equalTo("2025-10-01T00:00:00+09:00"));
    }

    @Test
    void theWholeLifecycleOfThe20Consultation() {
        clock.set("2025-11-20T12:00:00+09:00");
        var receipt = given().contentType(ContentType.JSON)
                .body(Map.of("text", "共創のための環境整備について、オープンデータの公開を進めてほしい。",
                        "sections", List.of("perspective-co-creation"), "attribute", "resident",
                        "contact", Map.of("name", "金沢 太郎", "address", "金沢市広坂1-1-1")))
                .when().post("/api/v1/consultations/" + SEEDED + "/submissions")
                .then().statusCode(201).extract();
        String number = receipt.path("receipt");
        String code = receipt.path("checkCode");

        clock.set("2025-12-18T09:00:00+09:00");
        Fixtures.moveTo(SEEDED, "answering").then().statusCode(200)
                .body("status.code", equalTo("answering"))
                .body("history.to.code", contains("draft", "scheduled", "open", "closed", "answering"))
                .body("history[2].at", equalTo("2025-11-17T00:00:00+09:00"))
                .body("history[3].at", equalTo("2025-12-17T00:00:00+09:00"))
                .body("history[4].by", equalTo("staff"));
        Fixtures.moveTo(SEEDED, "published").then().statusCode(409).body("errors.field", hasItem("items"));
        asModerator().body(Map.of("receipt", number, "section", "perspective-co-creation",
                        "summary", "共創のための環境整備として、オープンデータの公開を進めてほしい。",
                        "answer", "いただいたご意見を踏まえ、オープンデータの公開を推進します。", "category", "already-included"))
                .when().post("/api/v1/consultations/" + SEEDED + "/items").then().statusCode(201);
        given().header("Check-Code", code).when().get("/api/v1/submissions/" + number)
                .then().statusCode(200).body("status.code", equalTo("in-review"));
        Fixtures.moveTo(SEEDED, "published").then().statusCode(200).body("status.label", equalTo("結果公表済み"));
        given().header("Check-Code", code).when().get("/api/v1/submissions/" + number)
                .then().statusCode(200).body("status.label", equalTo("結果を公表しました"));
        Fixtures.moveTo(SEEDED, "archived").then().statusCode(200).body("status.code", equalTo("archived"));
        Fixtures.moveTo(SEEDED, "published").then().statusCode(409);
        given().when().get("/api/v1/consultations/" + SEEDED + "/results").then().statusCode(200)
                .body("title", equalTo("「金沢市DXアクションプラン2.0」骨子案に対する意見募集"))
                .body("draftPublishedOn.label", equalTo("令和7年11月17日(月)"))
                .body("submitters", equalTo(1))
                .body("items[0].sectionTitle", equalTo("2 共創のための環境整備"))
                .body("items[0].categoryLabel", equalTo("既に記載"))
                .body(not(containsString("金沢 太郎")));
    }

    @Test
    void schedulingAfterTheOpeningTimeOpensAtOnceInTheRightOrder() {
        clock.set("2025-09-05T10:00:00+09:00");
        String id = Fixtures.scheduled("late", "2025-09-01T00:00:00+09:00", "2025-10-15T00:00:00+09:00");
        given().when().get("/api/v1/consultations/" + id).then()
                .body("status.code", equalTo("open"))
                .body("history.to.code", contains("draft", "scheduled", "open"))
                .body("history[2].at", equalTo("2025-09-05T10:00:00+09:00"));
    }
}
