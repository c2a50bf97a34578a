package kyoso.comment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kyoso.comment.client.PlanServiceClient;
import kyoso.kit.testing.TestTokens;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The moderators' queue: paging, filters, search and sort answered by the server. Each test makes a
 * consultation of its own with four submissions:
 * <ul>
 * <li>web (11-18, resident): split into an answered and an unanswered item, so "unanswered";</li>
 * <li>fax (11-19, no attribute): not split;</li>
 * <li>post (11-20, worker, section field-people): split into one hidden item, so "answered";</li>
 * <li>web (11-21, student): not split.</li>
 * </ul>
 */
@QuarkusTest
class SubmissionQueueTest {

    @Inject
    TestClock clock;

    @InjectMock
    @RestClient
    PlanServiceClient planService;

    String consultation;
    String dx;
    String fax;
    String letter;
    String openData;

    @BeforeEach
    void fourSubmissionsInAConsultationOfItsOwn() {
        Fixtures.planServiceAnswers(planService);
        clock.set("2025-11-01T09:00:00+09:00");
        consultation = Fixtures.scheduled("queue", "2025-11-17T00:00:00+09:00", "2025-12-17T00:00:00+09:00");
        clock.set("2025-11-18T09:00:00+09:00");
        dx = web("行動指針にＤＸ人材の育成を加えてください。", "resident", "perspective-co-creation");
        clock.set("2025-11-21T09:00:00+09:00");
        openData = web("オープンデータの公開を進めてください。", "student", "basic-philosophy");
        clock.set("2025-11-22T09:00:00+09:00");
        fax = staff("fax", "2025-11-19T12:00:00+09:00", "高齢者の見守りにデジタル技術を使ってください。", null, "basic-philosophy");
        letter = staff("post", "2025-11-20T10:30:00+09:00", "窓口の手続を電子化してほしい。", "worker", "field-people");

        item(dx, "ＤＸ人材の育成を加えてほしい。", "育成の取組を明記します。", "reflected", false);
        item(dx, "研修の機会を増やしてほしい。", null, null, false);
        item(letter, "窓口の手続の電子化。", null, null, true);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String web(String text, String attribute, String section) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "attribute", attribute, "sections", List.of(section),
                        "contact", Map.of("name", "金沢 花子", "address", "金沢市広坂1丁目1番1号")))
                .when().post("/api/v1/consultations/" + consultation + "/submissions")
                .then().statusCode(201).extract().path("receipt");
    }

    private String staff(String channel, String receivedAt, String text, String attribute, String section) {
        Map<String, Object> opinion = new HashMap<>(Map.of("text", text, "sections", List.of(section)));
        if (attribute != null) {
            opinion.put("attribute", attribute);
        }
        return moderator().body(Map.of("channel", channel, "receivedAt", receivedAt, "opinion", opinion))
                .when().post("/api/v1/consultations/" + consultation + "/submissions/staff-entries")
                .then().statusCode(201).extract().path("receipt");
    }

    private void item(String receipt, String summary, String answer, String category, boolean hidden) {
        Map<String, Object> body = new HashMap<>(Map.of("receipt", receipt, "summary", summary, "hidden", hidden));
        if (answer != null) {
            body.put("answer", answer);
            body.put("category", category);
        }
        if (hidden) {
            body.put("hiddenReason", "意見募集の対象外のため");
        }
        moderator().body(body).when().post("/api/v1/consultations/" + consultation + "/items").then().statusCode(201);
    }

    private static RequestSpecification moderator() {
        return given().contentType(ContentType.JSON).header("Authorization", TestTokens.bearer(Fixtures.MODERATOR));
    }

    private ValidatableResponse queue(String... params) {
        var request = moderator();
        for (int i = 0; i < params.length; i += 2) {
            request.queryParam(params[i], params[i + 1]);
        }
        return request.when().get("/api/v1/consultations/" + consultation + "/submissions").then();
    }

    private List<String> receipts(String... params) {
        return queue(params).statusCode(200).extract().path("items.submission.receipt");
    }

    @Test
    void thePageCarriesItsItemsTheTotalAndWhereItStands() {
        queue().statusCode(200)
                .body("total", equalTo(4)).body("page", equalTo(0)).body("size", equalTo(50))
                .body("items.submission.receipt", contains(openData, letter, fax, dx));
        queue("size", "3").body("items.submission.receipt", contains(openData, letter, fax)).body("total", equalTo(4));
        queue("size", "3", "page", "1").body("items.submission.receipt", contains(dx)).body("total", equalTo(4));
        queue("size", "3", "page", "2").statusCode(200).body("items", empty()).body("total", equalTo(4));
    }

    @Test
    void eachEntryCountsItsItemsAndThoseStillUnanswered() {
        queue("q", dx).body("items[0].items", equalTo(2)).body("items[0].unanswered", equalTo(1))
                .body("items[0].submission.channel.code", equalTo("web"));
        queue("q", letter).body("items[0].items", equalTo(1)).body("items[0].unanswered", equalTo(0));
        queue("q", fax).body("items[0].items", equalTo(0)).body("items[0].unanswered", equalTo(0));
    }

    @Test
    void filtersByWhereTheWorkStands() {
        assertThat(receipts("state", "unsplit"), containsInAnyOrder(fax, openData));
        assertThat(receipts("state", "split"), containsInAnyOrder(dx, letter));
        assertThat(receipts("state", "unanswered"), contains(dx));
        assertThat(receipts("state", "answered"), contains(letter));
        queue("state", "unsplit").body("total", equalTo(2));
    }

    @Test
    void filtersByChannelSectionAndAttributeTogetherWithTheRest() {
        assertThat(receipts("channel", "web"), contains(openData, dx));
        assertThat(receipts("channel", "post"), contains(letter));
        assertThat(receipts("section", "basic-philosophy"), contains(openData, fax));
        assertThat(receipts("attribute", "resident"), contains(dx));
        assertThat(receipts("channel", "web", "state", "unsplit"), contains(openData));
        assertThat(receipts("channel", "fax", "state", "split"), empty());
    }

    @Test
    void searchFindsEveryWordOfTheTextFullWidthOrNotAndPartOfAReceipt() {
        assertThat(receipts("q", "dx人材"), contains(dx));
        assertThat(receipts("q", "人材の育成"), contains(dx));
        assertThat(receipts("q", "オープンデータを公開"), contains(openData));
        assertThat(receipts("q", "見守り 育成"), empty());
        assertThat(receipts("q", "100%"), empty());
        assertThat(receipts("q", fax.substring(2, 9).toLowerCase()), contains(fax));
        queue("q", "ください", "state", "unsplit").body("total", equalTo(2));
    }

    @Test
    void sortsNewestOldestOrByReceipt() {
        assertThat(receipts("sort", "received-desc"), contains(openData, letter, fax, dx));
        assertThat(receipts("sort", "received-asc"), contains(dx, fax, letter, openData));
        List<String> byReceipt = new ArrayList<>(List.of(dx, fax, letter, openData));
        byReceipt.sort(null);
        assertThat(receipts("sort", "receipt"), equalTo(byReceipt));
    }

    @Test
    void badParametersAre400NamingEachInJapanese() {
        queue("size", "0").statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("size")).body("detail", containsString("1〜200"));
        queue("size", "1000").statusCode(400).body("errors.field", contains("size"));
        queue("page", "-1").statusCode(400).body("errors.field", contains("page"));
        queue("page", "二").statusCode(400).body("errors.field", contains("page")).body("detail", equalTo("page: 数を指定してください / page must be a number"));
        // "日本語 / English": the SPA cuts at the first " / ", so the list in the Japanese half uses "、".
        queue("sort", "votes").statusCode(400).body("errors.field", contains("sort"))
                .body("detail", equalTo("sort: 並べ順は received-desc、received-asc、receipt から選んでください"
                        + " / sort must be one of received-desc, received-asc, receipt"));
        queue("state", "done").statusCode(400).body("errors.field", contains("state"))
                .body("errors[0].message", equalTo("state: 状態は unsplit、split、unanswered、answered から選んでください"
                        + " / state must be one of unsplit, split, unanswered, answered"));
        queue("channel", "pigeon").statusCode(400).body("errors.field", contains("channel"));
        queue("attribute", "tourist").statusCode(400).body("errors.field", contains("attribute"));
        queue("section", "no-such-section").statusCode(400).body("errors.field", contains("section"))
                .body("detail", equalTo("section: 「no-such-section」はこの案件の項目にありません"
                        + " / 'no-such-section' is not a section of this consultation"));
        queue("q", "あ".repeat(201)).statusCode(400).body("errors.field", contains("q"));
        queue("sort", "votes", "size", "0").statusCode(400).body("errors.field", containsInAnyOrder("sort", "size"))
                .body("detail", containsString("2 件の項目に誤りがあります"));
        queue().body("total", equalTo(4));
    }

    @Test
    void onlyModeratorsSeeTheQueueAndNoContactDetails() {
        given().when().get("/api/v1/consultations/" + consultation + "/submissions").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("plan-editor"))
                .when().get("/api/v1/consultations/" + consultation + "/submissions").then().statusCode(403);
        queue().body(not(containsString("金沢 花子")));
        moderator().when().get("/api/v1/consultations/no-such-consultation/submissions").then().statusCode(404);
    }

    @Test
    void progressCountsWhatIsLeftAndOneSubmissionCanBeRead() {
        moderator().when().get("/api/v1/consultations/" + consultation + "/submissions/progress").then().statusCode(200)
                .body("submissions", equalTo(4)).body("unsplit", equalTo(2)).body("unanswered", equalTo(1));
        moderator().when().get("/api/v1/consultations/" + consultation + "/submissions/" + letter).then().statusCode(200)
                .body("receipt", equalTo(letter)).body("channel.code", equalTo("post"))
                .body("sections", contains("field-people")).body("enteredBy", equalTo("tester@city.kanazawa.example"));
        moderator().when().get("/api/v1/consultations/" + consultation + "/submissions/C-NONE0-NONE0").then().statusCode(404);
    }
}
