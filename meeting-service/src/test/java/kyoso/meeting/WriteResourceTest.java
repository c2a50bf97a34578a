package kyoso.meeting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import kyoso.kit.security.Roles;
import kyoso.kit.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WriteResourceTest {

    static RequestSpecification secretary() {
        return given().header("Authorization", TestTokens.bearer(Roles.MEETING_SECRETARY)).contentType(ContentType.JSON);
    }

    /** Each test makes its own body so numbers and keys never collide between tests or runs. */
    static String newBody() {
        String key = "test-body-" + UUID.randomUUID().toString().substring(0, 8);
        given().header("Authorization", TestTokens.bearer(Roles.MEETING_SECRETARY)).contentType(ContentType.JSON)
                .body(Map.of("key", key + "-chair", "organization", "dx-council", "label", "座長", "role", "座長"))
                .when().post("/api/v1/posts").then().statusCode(201);
        return key;
    }

    static Map<String, Object> meeting(int number) {
        return Map.of("organization", "dx-council", "title", "テスト会議 第" + number + "回", "number", number,
                "fiscalYear", 2030, "plannedOn", "2030-06-10", "theme", "テスト");
    }

    private static final AtomicInteger NUMBERS = new AtomicInteger(100);

    /** A meeting number no other test uses (the database starts empty of test data on every run). */
    static int freshNumber() {
        return NUMBERS.incrementAndGet();
    }

    @Test
    void writesNeedATokenAndTheSecretaryRole() {
        given().contentType(ContentType.JSON).body(meeting(freshNumber()))
                .when().post("/api/v1/meetings").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer(Roles.PLAN_EDITOR)).contentType(ContentType.JSON)
                .body(meeting(freshNumber()))
                .when().post("/api/v1/meetings").then().statusCode(403);
        given().header("Authorization", "Bearer not-a-token").contentType(ContentType.JSON).body(meeting(freshNumber()))
                .when().post("/api/v1/meetings").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("key", "x", "name", "x", "nameReading", "えっくす"))
                .when().post("/api/v1/people").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer(Roles.COMMENT_MODERATOR))
                .when().get("/api/v1/meetings/changes").then().statusCode(403);
    }

    @Test
    void secretaryCreatesEditsAndCancelsAMeetingWithHistory() {
        int number = freshNumber();
        var created = secretary().body(meeting(number)).when().post("/api/v1/meetings")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/meetings/"))
                .body("status", equalTo("planned"))
                .body("fiscalYear.label", equalTo("令和12年度"))
                .body("planned.label", equalTo("令和12年6月10日(月)"))
                .extract();
        int id = created.path("id");
        int version = created.path("lockVersion");

        secretary().body(Map.of("summary", "議論の概要", "lockVersion", version))
                .when().put("/api/v1/meetings/" + id + "/summary")
                .then().statusCode(200).body("summary", equalTo("議論の概要"));
        // The editor read the old version: a second write on it is refused with the current version.
        secretary().body(Map.of("summary", "古い版からの上書き", "lockVersion", version))
                .when().put("/api/v1/meetings/" + id + "/summary")
                .then().statusCode(409).contentType("application/problem+json").body("current.lockVersion", equalTo(version + 1));

        secretary().when().post("/api/v1/meetings/" + id + "/cancel")
                .then().statusCode(200).body("status", equalTo("cancelled"));

        secretary().queryParam("entityType", "meeting").queryParam("entityId", id)
                .when().get("/api/v1/meetings/changes")
                .then().statusCode(200)
                .body("items.action", contains("cancel", "summary", "create"))
                .body("items[0].actor", equalTo("tester@city.kanazawa.example"));
    }

    @Test
    void aHeldMeetingCannotBeCancelled() {
        int id = MeetingResourceTest.councilMeeting(1);
        secretary().when().post("/api/v1/meetings/" + id + "/cancel")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void badMeetingInputNamesTheField() {
        secretary().body(Map.of("organization", "dx-council", "title", "", "fiscalYear", 2030))
                .when().post("/api/v1/meetings")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("title"))
                .body("detail", containsString("件名を入力してください"));
        secretary().body(Map.of("organization", "dx-council", "title", "年度外", "fiscalYear", 2030, "plannedOn", "2031-04-01"))
                .when().post("/api/v1/meetings")
                .then().statusCode(400).body("errors[0].field", equalTo("plannedOn"));
        secretary().body(Map.of("organization", "dx-council", "title", "開催日なし", "fiscalYear", 2030, "status", "held"))
                .when().post("/api/v1/meetings")
                .then().statusCode(400).body("errors[0].field", equalTo("heldOn"));
        secretary().body(Map.of("organization", "no-such-body", "title", "x", "fiscalYear", 2030))
                .when().post("/api/v1/meetings")
                .then().statusCode(400).body("errors[0].field", equalTo("organization"));
        secretary().body("{ not json").when().post("/api/v1/meetings")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void duplicateMeetingNumberIsAConflictAndNothingIsWritten() {
        int number = freshNumber();
        secretary().body(meeting(number)).when().post("/api/v1/meetings").then().statusCode(201);
        secretary().body(meeting(number)).when().post("/api/v1/meetings")
                .then().statusCode(409).contentType("application/problem+json");
        given().queryParam("fiscalYear", 2030).queryParam("size", 200).when().get("/api/v1/meetings")
                .then().body("items.findAll { it.number == " + number + " }", hasSize(1));
    }

    @Test
    void agendaIsReplacedAsATreeWithLinksChecked() {
        var created = secretary().body(meeting(freshNumber())).when().post("/api/v1/meetings").then().statusCode(201).extract();
        int id = created.path("id");
        int version = created.path("lockVersion");
        Map<String, Object> agenda = Map.of("lockVersion", version, "items", List.of(
                Map.of("kind", "opening", "title", "開会"),
                Map.of("kind", "deliberation", "number", "1", "title", "議事", "children", List.of(
                        Map.of("kind", "topic", "title", "骨子案の検討", "planKey", "dx-action-plan-2",
                                "planVersionKey", "outline-2025-10-29", "consultationId", "dx-action-plan-2-outline"))),
                Map.of("kind", "closing", "title", "閉会")));
        secretary().body(agenda).when().put("/api/v1/meetings/" + id + "/agenda")
                .then().statusCode(200)
                .body("agenda.title", contains("開会", "議事", "閉会"))
                .body("agenda[1].children[0].planVersion.href", equalTo("/api/v1/plans/dx-action-plan-2/versions/outline-2025-10-29/tree"))
                .body("agenda[1].children[0].consultation.href", equalTo("/api/v1/consultations/dx-action-plan-2-outline"))
                .body("lockVersion", equalTo(version + 1));

        Map<String, Object> badLink = Map.of("lockVersion", version + 1, "items", List.of(
                Map.of("kind", "report", "title", "報告", "relatedMeetingId", 987654321)));
        secretary().body(badLink).when().put("/api/v1/meetings/" + id + "/agenda")
                .then().statusCode(400).body("errors[0].field", equalTo("items[0].relatedMeetingId"));
        Map<String, Object> badKind = Map.of("lockVersion", version + 1, "items", List.of(Map.of("kind", "party", "title", "懇親会")));
        secretary().body(badKind).when().put("/api/v1/meetings/" + id + "/agenda")
                .then().statusCode(400).body("errors[0].field", containsString("kind"));
        // The failed writes left the agenda as it was.
        given().when().get("/api/v1/meetings/" + id).then().body("agenda", hasSize(3));
    }

    @Test
    void savingTheAgendaKeepsDocumentsFiledUnderTheItemsItKeeps() {
        var created = secretary().body(meeting(freshNumber())).when().post("/api/v1/meetings").then().statusCode(201).extract();
        int id = created.path("id");
        var saved = secretary().body(Map.of("lockVersion", (int) created.path("lockVersion"), "items", List.of(
                        Map.of("kind", "opening", "title", "開会"),
                        Map.of("kind", "deliberation", "title", "議事", "children", List.of(Map.of("kind", "topic", "title", "骨子案"))),
                        Map.of("kind", "exchange", "title", "意見交換"))))
                .when().put("/api/v1/meetings/" + id + "/agenda").then().statusCode(200).extract();
        int deliberation = saved.path("agenda[1].id");
        int topic = saved.path("agenda[1].children[0].id");
        int exchange = saved.path("agenda[2].id");
        for (int item : List.of(topic, exchange)) {
            secretary().body(Map.of("title", "資料" + item, "kind", "material", "agendaItemId", item))
                    .when().post("/api/v1/meetings/" + id + "/documents").then().statusCode(201);
        }

        // The topic is renamed and moved to the top level, the exchange left out, a closing added.
        secretary().body(Map.of("lockVersion", (int) saved.path("lockVersion"), "items", List.of(
                        Map.of("id", deliberation, "kind", "deliberation", "title", "議事"),
                        Map.of("id", topic, "kind", "topic", "title", "骨子案（修正）"),
                        Map.of("kind", "closing", "title", "閉会"))))
                .when().put("/api/v1/meetings/" + id + "/agenda")
                .then().statusCode(200)
                .body("agenda.title", contains("議事", "骨子案（修正）", "閉会"))
                .body("agenda[1].id", equalTo(topic))
                .body("documents.find { it.title == '資料" + topic + "' }.agendaItemId", equalTo(topic))
                .body("documents.find { it.title == '資料" + exchange + "' }.agendaItemId", equalTo(null))
                .body("documents", hasSize(2));

        secretary().body(Map.of("lockVersion", (int) saved.path("lockVersion") + 1, "items", List.of(
                        Map.of("id", 987654321, "kind", "opening", "title", "開会"))))
                .when().put("/api/v1/meetings/" + id + "/agenda")
                .then().statusCode(400).body("errors[0].field", equalTo("items[0].id"))
                .body("errors[0].message", containsString("この会議の次第の項目ではありません"));
    }

    @Test
    void documentsAreAddedAndRemoved() {
        int id = secretary().body(meeting(freshNumber())).when().post("/api/v1/meetings").then().statusCode(201).extract().path("id");
        int doc = secretary().body(Map.of("title", "資料1", "kind", "material", "url", "https://www4.city.kanazawa.lg.jp/example.pdf"))
                .when().post("/api/v1/meetings/" + id + "/documents")
                .then().statusCode(201).body("title", equalTo("資料1")).extract().path("id");
        secretary().body(Map.of("title", "資料2", "kind", "material", "url", "javascript:alert(1)"))
                .when().post("/api/v1/meetings/" + id + "/documents")
                .then().statusCode(400).body("errors[0].field", equalTo("url"));
        secretary().when().delete("/api/v1/meetings/" + id + "/documents/" + doc).then().statusCode(204);
        given().when().get("/api/v1/meetings/" + id).then().body("documents", hasSize(0));
    }

    @Test
    void peopleAndMembershipsFollowGojuonOrder() {
        String body = newBody();
        String key = body + "-person";
        secretary().body(Map.of("key", key, "name", "阿部 一郎", "nameReading", "あべ いちろう"))
                .when().post("/api/v1/people")
                .then().statusCode(201).body("nameReading", equalTo("あべ いちろう"));
        secretary().body(Map.of("key", key, "name", "重複", "nameReading", "ちょうふく"))
                .when().post("/api/v1/people").then().statusCode(409);
        secretary().body(Map.of("key", body + "-x", "name", "読みなし", "nameReading", "abc"))
                .when().post("/api/v1/people").then().statusCode(400).body("errors[0].field", equalTo("nameReading"));

        int membership = secretary().body(Map.of("organization", "dx-council", "person", key, "post", body + "-chair",
                        "role", "委員", "affiliation", "テスト大学 教授", "startDate", "2030-04-01"))
                .when().post("/api/v1/memberships")
                .then().statusCode(201).body("post.label", equalTo("座長")).extract().path("id");
        // あべ sorts before いなつぐ: the new member comes first in the council's roster.
        given().when().get("/api/v1/organizations/dx-council")
                .then().body("memberships[0].person.key", equalTo(key));
        secretary().body(Map.of("organization", "dx-council", "role", "委員"))
                .when().post("/api/v1/memberships").then().statusCode(400).body("errors[0].field", equalTo("person"));
        secretary().when().delete("/api/v1/memberships/" + membership).then().statusCode(204);
        given().when().get("/api/v1/organizations/dx-council").then().body("memberships", hasSize(6));
    }

    @Test
    void appointmentCohortAndTeamIssuesAreEditable() {
        int appointment = secretary().body(Map.of("fiscalYear", 2030, "title", "DXアドバイザー", "appointedOn", "2030-08-01",
                        "appointedCount", 1, "termEnd", "2031-03-31", "renewable", true,
                        "roles", List.of("指導・助言"), "advisors", List.of(Map.of("department", "テスト課", "postTitle", "主査"))))
                .when().post("/api/v1/advisor-appointments")
                .then().statusCode(201).body("advisors[0].department", equalTo("テスト課")).extract().path("id");
        secretary().body(Map.of("fiscalYear", 2030, "title", "DXアドバイザー", "appointedOn", "2030-08-01",
                        "appointedCount", 2, "advisors", List.of(Map.of("department", "テスト課", "postTitle", "主査")), "lockVersion", 0))
                .when().put("/api/v1/advisor-appointments/" + appointment)
                .then().statusCode(400).body("errors[0].field", equalTo("advisors"));
        secretary().body(Map.of("fiscalYear", 2030, "title", "DXアドバイザー", "appointedOn", "2030-08-01", "termEnd", "2030-01-01",
                        "appointedCount", 0))
                .when().post("/api/v1/advisor-appointments")
                .then().statusCode(400).body("errors[0].field", equalTo("termEnd"));

        secretary().body(Map.of("fiscalYear", 2025, "programName", "重複", "traineeCount", 1))
                .when().post("/api/v1/leader-cohorts").then().statusCode(409);

        int team = given().queryParam("fiscalYear", 2025).when().get("/api/v1/project-teams").then().extract().path("[0].id");
        int r6 = given().queryParam("fiscalYear", 2024).when().get("/api/v1/project-teams").then().extract().path("[0].issues[0].id");
        secretary().when().delete("/api/v1/project-teams/" + team + "/issues/0").then().statusCode(404);
        int teamFy2024 = given().queryParam("fiscalYear", 2024).when().get("/api/v1/project-teams").then().extract().path("[0].id");
        secretary().when().delete("/api/v1/project-teams/" + teamFy2024 + "/issues/" + r6)
                .then().statusCode(409);
        int sameYear = given().queryParam("fiscalYear", 2025).when().get("/api/v1/project-teams").then().extract().path("[0].issues[0].id");
        secretary().body(Map.of("title", "同年度の課題を拡張", "extendsIssueId", sameYear))
                .when().post("/api/v1/project-teams/" + team + "/issues")
                .then().statusCode(400).body("errors[0].field", equalTo("extendsIssueId"));
        secretary().body(Map.of("title", "職員録作成業務の重複番号", "number", 2))
                .when().post("/api/v1/project-teams/" + team + "/issues").then().statusCode(409);
    }

    @Test
    void teamIssueIsAddedEditedAndRemoved() {
        int teamId = secretary().body(Map.of("fiscalYear", 2099, "name", "テストチーム", "participantCount", 3))
                .when().post("/api/v1/project-teams").then().statusCode(201).extract().path("id");
        int r6 = given().queryParam("fiscalYear", 2024).when().get("/api/v1/project-teams").then().extract().path("[0].issues[0].id");
        var added = secretary().body(Map.of("title", "新しい課題", "extendsIssueId", r6, "extensionNote", "R6課題の機能向上"))
                .when().post("/api/v1/project-teams/" + teamId + "/issues")
                .then().statusCode(201).body("issues[0].extendsIssue.id", equalTo(r6)).extract();
        int issueId = added.path("issues[0].id");
        secretary().body(Map.of("title", "改名した課題", "lockVersion", 0))
                .when().put("/api/v1/project-teams/" + teamId + "/issues/" + issueId)
                .then().statusCode(200).body("issues[0].title", equalTo("改名した課題")).body("issues[0].number", notNullValue());
        secretary().when().delete("/api/v1/project-teams/" + teamId + "/issues/" + issueId).then().statusCode(204);
    }

    @Test
    void scheduleStepsRecordActualDatesButMeetingStepsTakeTheirs() {
        var created = secretary().body(Map.of("fiscalYear", 2030, "organization", "kanazawa-city", "kind", "public-comment",
                        "title", "テスト意見募集", "plannedOn", "2030-11-01", "plannedPrecision", "month", "plannedNote", "11月頃"))
                .when().post("/api/v1/schedule")
                .then().statusCode(201).body("status", equalTo("planned")).body("planned.label", equalTo("令和12年11月")).extract();
        int id = created.path("id");
        secretary().body(Map.of("fiscalYear", 2030, "organization", "kanazawa-city", "kind", "public-comment",
                        "title", "テスト意見募集", "plannedOn", "2030-11-01", "plannedPrecision", "month", "actualOn", "2030-11-17",
                        "lockVersion", (int) created.path("lockVersion")))
                .when().put("/api/v1/schedule/" + id)
                .then().statusCode(200).body("status", equalTo("done")).body("actual.label", equalTo("令和12年11月17日(日)"));
        int meetingId = MeetingResourceTest.councilMeeting(4);
        secretary().body(Map.of("fiscalYear", 2030, "kind", "council-meeting", "title", "会議", "meetingId", meetingId,
                        "actualOn", "2030-11-17"))
                .when().post("/api/v1/schedule")
                .then().statusCode(400).body("errors[0].field", equalTo("actualOn"));
        secretary().when().delete("/api/v1/schedule/" + id).then().statusCode(204);
        given().when().get("/api/v1/schedule/" + id).then().statusCode(404);
    }

    @Test
    void aStepPlannedToTheMonthOrWithinTheYearIsStoredAsTheCitySchedulesReadIt() {
        int month = secretary().body(Map.of("fiscalYear", 2030, "kind", "proposal", "title", "委員提言",
                        "plannedOn", "2030-06-17", "plannedPrecision", "month", "plannedNote", "6月中"))
                .when().post("/api/v1/schedule")
                .then().statusCode(201).body("planned.date", equalTo("2030-06-01")).body("planned.label", equalTo("令和12年6月"))
                .extract().path("id");
        int year = secretary().body(Map.of("fiscalYear", 2030, "kind", "adoption", "title", "策定", "plannedPrecision", "fiscal-year"))
                .when().post("/api/v1/schedule")
                .then().statusCode(201).body("planned.date", equalTo("2031-03-31")).body("planned.label", equalTo("令和12年度内"))
                .extract().path("id");
        secretary().when().delete("/api/v1/schedule/" + month).then().statusCode(204);
        secretary().when().delete("/api/v1/schedule/" + year).then().statusCode(204);
    }

    @Test
    void aFormulaTypedIntoATitleStaysTextInTheCsv() {
        secretary().body(Map.of("organization", "dx-council", "title", "=HYPERLINK(\"http://evil.example\")",
                        "fiscalYear", 2031, "plannedOn", "2031-05-01"))
                .when().post("/api/v1/meetings").then().statusCode(201);
        String csv = given().queryParam("format", "csv").queryParam("fiscalYear", 2031).when().get("/api/v1/meetings")
                .then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("'=HYPERLINK("), csv);
    }
}
