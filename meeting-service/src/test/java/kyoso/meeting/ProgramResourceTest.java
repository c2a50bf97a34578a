package kyoso.meeting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProgramResourceTest {

    @Test
    void scheduleOf2025IsATimelineWithPlannedAndActualDates() {
        given().queryParam("fiscalYear", 2025).when().get("/api/v1/schedule")
                .then().statusCode(200)
                .body("", hasSize(8))
                .body("title", contains("DX会議①", "委員提言", "DX会議②", "DX推進本部", "DX会議③",
                        "パブリックコメント実施", "DX会議④", "次期DXアクションプラン策定"))
                .body("[0].actual.label", equalTo("令和7年5月28日(水)"))
                .body("[0].status", equalTo("done"))
                .body("[1].optional", equalTo(true))
                .body("[1].planned.label", equalTo("令和7年6月"))
                .body("[1].plannedNote", equalTo("6月中"))
                .body("[3].meeting.heldOn.date", equalTo("2025-08-25"))
                .body("[5].consultation.id", equalTo("dx-action-plan-2-outline"))
                .body("[6].status", equalTo("planned"))
                .body("[6].planned.label", equalTo("令和8年1月"))
                .body("[7].planned.precision", equalTo("fiscal-year"))
                .body("[7].planned.label", equalTo("令和7年度内"));
    }

    @Test
    void advisorAppointmentHasRolesTermAndEightAdvisors() {
        given().queryParam("fiscalYear", 2025).when().get("/api/v1/advisor-appointments")
                .then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].appointedOn.label", equalTo("令和7年8月25日(月)"))
                .body("[0].appointedCount", equalTo(8))
                .body("[0].termEnd.date", equalTo("2026-03-31"))
                .body("[0].renewable", equalTo(true))
                .body("[0].roles.description", contains("デジタル行政推進リーダーへの指導・助言",
                        "現場の状況を踏まえた改善点の報告・提案", "自身の知見や経験の共有"))
                .body("[0].advisors", hasSize(8))
                .body("[0].advisors[0].department", equalTo("企業局安全対策室"))
                .body("[0].advisors[0].postTitle", equalTo("担当室長"))
                .body("[0].advisors[7].department", equalTo("農業委員会事務局"));
    }

    @Test
    void leaderCohort2025With21TraineesAndCumulative100() {
        given().queryParam("fiscalYear", 2025).when().get("/api/v1/leader-cohorts")
                .then().statusCode(200)
                .body("[0].traineeCount", equalTo(21))
                .body("[0].trainingPeriod.start.label", equalTo("令和7年5月22日(木)"))
                .body("[0].trainingPeriod.end.label", equalTo("令和7年10月1日(水)"))
                .body("[0].presentationOn.date", equalTo("2025-10-01"))
                .body("[0].cumulative.since.label", equalTo("令和3年度"))
                .body("[0].cumulative.count", equalTo(100))
                .body("[0].presentations", hasSize(5))
                .body("[0].presentations[3].title", equalTo("「旅TABI 金沢(旅のしおり)」サービス"));
    }

    @Test
    void projectTeam2025HasSixIssuesAndTheSixthExtendsAnR6Issue() {
        given().queryParam("fiscalYear", 2025).when().get("/api/v1/project-teams")
                .then().statusCode(200)
                .body("[0].participantCount", equalTo(10))
                .body("[0].participantsDrawnFrom", equalTo("デジタル行政推進リーダー"))
                .body("[0].period.start.date", equalTo("2025-07-01"))
                .body("[0].period.end.label", equalTo("令和7年9月30日(火)"))
                .body("[0].issues", hasSize(6))
                .body("[0].issues[0].extendsIssue", nullValue())
                .body("[0].issues[5].title", equalTo("指定校変更申請受付業務"))
                .body("[0].issues[5].extensionNote", equalTo("R6課題の機能向上"))
                .body("[0].issues[5].extendsIssue.fiscalYear.label", equalTo("令和6年度"));
    }

    @Test
    void reportsOfTheThirdMeetingLinkToTheirRecords() {
        int id = MeetingResourceTest.councilMeeting(3);
        given().when().get("/api/v1/meetings/" + id)
                .then().statusCode(200)
                .body("agenda[1].children[1].advisorAppointment.href", notNullValue())
                .body("agenda[1].children[2].children[0].leaderCohort.id", notNullValue())
                .body("agenda[1].children[2].children[1].projectTeam.href", notNullValue());
    }

    @Test
    void unknownRecordsAre404() {
        given().when().get("/api/v1/leader-cohorts/999999").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/project-teams/999999").then().statusCode(404);
        given().when().get("/api/v1/advisor-appointments/999999").then().statusCode(404);
    }
}
