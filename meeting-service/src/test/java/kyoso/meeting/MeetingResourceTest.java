package kyoso.meeting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeetingResourceTest {

    static int councilMeeting(int number) {
        return given().queryParam("fiscalYear", 2025).queryParam("organization", "dx-council")
                .when().get("/api/v1/meetings")
                .then().statusCode(200).extract().path("items.find { it.number == " + number + " }.id");
    }

    @Test
    void councilHasFourMeetingsInFiscal2025() {
        given().queryParam("fiscalYear", 2025).queryParam("organization", "dx-council")
                .when().get("/api/v1/meetings")
                .then().statusCode(200)
                .body("total", equalTo(4))
                .body("items.number", contains(1, 2, 3, 4))
                .body("items.status", contains("held", "held", "held", "planned"))
                .body("items[0].heldOn.label", equalTo("令和7年5月28日(水)"))
                .body("items[1].heldOn.date", equalTo("2025-08-19"))
                .body("items[2].title", equalTo("令和7年度 第3回 金沢市DX会議"))
                .body("items[2].theme", equalTo("「次期DXアクションプラン(案)」の検討 ～骨子案の策定～"))
                .body("items[3].planned.precision", equalTo("month"))
                .body("items[3].planned.label", equalTo("令和8年1月"))
                .body("items[3].heldOn", nullValue())
                .body("items[0].fiscalYear.label", equalTo("令和7年度"));
    }

    @Test
    void thirdMeetingHasItsAgendaInTheRealStructure() {
        JsonPath meeting = given().when().get("/api/v1/meetings/" + councilMeeting(3))
                .then().statusCode(200).extract().jsonPath();
        org.hamcrest.MatcherAssert.assertThat(meeting.getList("agenda.title"),
                contains("開会", "報告事項", "議事", "意見交換", "閉会"));
        org.hamcrest.MatcherAssert.assertThat(meeting.getList("agenda[1].children.number"),
                contains("報告事項1", "報告事項2", "報告事項3"));
        org.hamcrest.MatcherAssert.assertThat(meeting.getString("agenda[1].children[0].relatedMeeting.title"),
                equalTo("令和7年度 金沢市DX推進本部"));
        org.hamcrest.MatcherAssert.assertThat(meeting.getString("agenda[2].children[0].planVersion.versionKey"),
                equalTo("outline-2025-10-29"));
        org.hamcrest.MatcherAssert.assertThat(meeting.getList("agenda[2].children[0].children.title"),
                contains("取組の方向性について(未来共創計画からの方向性)", "次期プランの名称について", "パブリックコメント手続について"));
        org.hamcrest.MatcherAssert.assertThat(meeting.getString("agenda[2].children[0].children[2].consultation.id"),
                equalTo("dx-action-plan-2-outline"));
        org.hamcrest.MatcherAssert.assertThat(meeting.getList("documents"), hasSize(8));
    }

    @Test
    void headquartersMetOn25August() {
        given().queryParam("organization", "dx-headquarters").queryParam("fiscalYear", 2025)
                .when().get("/api/v1/meetings")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].heldOn.label", equalTo("令和7年8月25日(月)"))
                .body("items[0].theme", equalTo("次期金沢市DXアクションプラン掲載施策の検討"));
    }

    @Test
    void unknownMeetingAndBadStatusAreProblems() {
        given().when().get("/api/v1/meetings/999999").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("status", "maybe").when().get("/api/v1/meetings")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("status"));
        given().queryParam("organization", "nobody").when().get("/api/v1/meetings").then().statusCode(404);
        given().queryParam("fiscalYear", "令和7").when().get("/api/v1/meetings")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void postsCanBeListedPerBody() {
        given().queryParam("organization", "dx-headquarters").when().get("/api/v1/posts")
                .then().statusCode(200)
                .body("", hasSize(20))
                .body("[0].exOfficio", equalTo("市長"));
    }

    @Test
    void firstMeetingSummaryCarriesTheEarlierOutcomes() {
        given().when().get("/api/v1/meetings/" + councilMeeting(1))
                .then().statusCode(200)
                .body("summary", org.hamcrest.Matchers.containsString("現行プランの継続性と未来共創計画との整合性に留意"))
                .body("summary", org.hamcrest.Matchers.containsString("取組の方向性について → Stage2～3での取組"));
    }

    @Test
    void meetingsFilterByKindOfBody() {
        given().queryParam("kind", "headquarters").queryParam("fiscalYear", 2025)
                .when().get("/api/v1/meetings")
                .then().statusCode(200)
                .body("items.organization.key", org.hamcrest.Matchers.everyItem(equalTo("dx-headquarters")));
    }
}
