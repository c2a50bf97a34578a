package kyoso.meeting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenDataTest {

    private static String csv(String path) {
        byte[] body = given().queryParam("format", "csv").when().get(path)
                .then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString(".csv"))
                .extract().asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(body, 3), "UTF-8 BOM");
        return new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
    }

    @Test
    void meetingsAsCsvFollowTheStandardEventLayout() {
        String text = csv("/api/v1/meetings?fiscalYear=2025&organization=dx-council");
        String[] lines = text.split("\r\n");
        assertTrue(lines[0].startsWith("都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,イベント名,"), lines[0]);
        assertEquals(32, lines[0].split(",").length);
        assertEquals(5, lines.length, "header and four meetings");
        assertTrue(lines[3].contains("172014") && lines[3].contains("令和7年度 第3回 金沢市DX会議") && lines[3].contains("2025-10-29"), lines[3]);
        assertTrue(lines[4].contains("令和8年1月(予定)"), lines[4]);
    }

    @Test
    void otherListsAnswerCsvToo() {
        assertTrue(csv("/api/v1/organizations").contains("金沢市DX推進本部"));
        assertTrue(csv("/api/v1/people?organization=dx-council").contains("稲継 裕昭,いなつぐ ひろあき,金沢市DX会議,委員,早稲田大学 政治経済学術院 教授"));
        assertTrue(csv("/api/v1/posts?organization=dx-headquarters").contains("本部長,本部長,市長"));
        assertTrue(csv("/api/v1/memberships?organization=dx-council").contains("宮内 康範"));
        assertTrue(csv("/api/v1/schedule?fiscalYear=2025").contains("年度内"));
        assertEquals(9, csv("/api/v1/advisor-appointments?fiscalYear=2025").split("\r\n").length, "header and eight advisors");
        assertTrue(csv("/api/v1/leader-cohorts?fiscalYear=2025").contains(",21,2025-05-22,2025-10-01,2025-10-01,2021,100,"));
        assertTrue(csv("/api/v1/project-teams?fiscalYear=2025").contains("指定校変更申請受付業務"));
        assertEquals(1, csv("/api/v1/project-teams?fiscalYear=1999").split("\r\n").length, "an empty list still has its header");
    }

    @Test
    void unknownFormatIsAProblem() {
        given().queryParam("format", "xml").when().get("/api/v1/meetings")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("format"));
    }

    @Test
    void publicReadsCarryAnEtagAndAnswer304() {
        String etag = given().when().get("/api/v1/organizations/dx-council").then().statusCode(200)
                .header("ETag", startsWith("W/")).extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/api/v1/organizations/dx-council").then().statusCode(304);
    }

    @Test
    void searchFindsMeetingsAgendaItemsAndPeopleInJapanese() {
        given().queryParam("q", "パブリックコメント").when().get("/api/v1/search/meetings")
                .then().statusCode(200)
                .body("total", greaterThanOrEqualTo(2))
                .body("items.kind", hasItem("agenda-item"))
                .body("items.find { it.kind == 'agenda-item' }.meeting.title", equalTo("令和7年度 第3回 金沢市DX会議"))
                .body("items[0].snippet", containsString("パブリックコメント"));
        // 全角 letters find 半角 text, and two terms must both occur.
        given().queryParam("q", "ＤＸ推進本部　掲載施策").when().get("/api/v1/search/meetings")
                .then().statusCode(200).body("items[0].title", equalTo("令和7年度 金沢市DX推進本部"));
        given().queryParam("q", "コード・フォー・カナザワ").when().get("/api/v1/search/meetings")
                .then().statusCode(200).body("items[0].kind", equalTo("person")).body("items[0].title", equalTo("福島 健一郎"));
        // The passage is shown as written (全角 ～ stays), even though matching is done on the normalized form.
        given().queryParam("q", "骨子案の策定").when().get("/api/v1/search/meetings")
                .then().statusCode(200).body("items[0].snippet", containsString("～骨子案の策定～"));
        given().queryParam("q", "100%").when().get("/api/v1/search/meetings").then().statusCode(200).body("total", equalTo(0));
        given().when().get("/api/v1/search/meetings").then().statusCode(400).body("errors[0].field", equalTo("q"));
    }

    @Test
    void popoloDocumentHoldsBodiesPeoplePostsMembershipsAndEvents() {
        given().when().get("/api/v1/organizations/popolo")
                .then().statusCode(200)
                .body("organizations.name", hasItem("金沢市DX推進本部"))
                .body("persons.find { it.name == '中沢 実' }.sort_name", equalTo("なかざわ みのる"))
                .body("posts.label", hasItem("本部員（教育長）"))
                .body("memberships.find { it.label == '一般社団法人 コード・フォー・カナザワ 代表理事' }.role", equalTo("委員"))
                .body("events.find { it.name == '令和7年度 金沢市DX推進本部' }.start_date", equalTo("2025-08-25"));
    }
}
