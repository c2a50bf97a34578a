package kyoso.comment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kyoso.comment.client.PlanServiceClient;
import kyoso.kit.testing.TestTokens;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** From submissions to the published result: items, answers, hiding, counts, CSV and search. */
@QuarkusTest
class ResultsTest {

    @Inject
    TestClock clock;

    @InjectMock
    @RestClient
    PlanServiceClient planService;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static RequestSpecification asModerator() {
        return given().contentType(ContentType.JSON).header("Authorization", TestTokens.bearer(Fixtures.MODERATOR));
    }

    private static String submit(String consultation, String text, String name) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "attribute", "resident",
                        "contact", Map.of("name", name, "address", "金沢市広坂1-1-1", "email", "someone@example.jp")))
                .when().post("/api/v1/consultations/" + consultation + "/submissions")
                .then().statusCode(201).extract().path("receipt");
    }

    private static Map<String, Object> item(String receipt, String section, String summary, String answer, String category) {
        Map<String, Object> body = new HashMap<>();
        body.put("receipt", receipt);
        body.put("section", section);
        body.put("summary", summary);
        body.put("answer", answer);
        body.put("category", category);
        return body;
    }

    @Test
    void moderatorsAnswerEachItemAndPublishTheResult() {
        Fixtures.planServiceAnswers(planService);
        clock.set("2025-08-01T09:00:00+09:00");
        String c = Fixtures.scheduled("res", "2025-09-01T00:00:00+09:00", "2025-10-01T00:00:00+09:00");
        String items = "/api/v1/consultations/" + c + "/items";

        clock.set("2025-09-10T10:00:00+09:00");
        String first = submit(c, "マイナンバーカードで住民票を取れるようにしてほしい。連絡は someone@example.jp へ。", "浅野 一郎");
        String second = submit(c, "子どもがプログラミングを学べる場を増やしてほしい。", "兼六 花子");
        String third = submit(c, "この意見は取り下げます。", "尾山 三郎");
        clock.set("2025-09-25T10:00:00+09:00");
        String posted = asModerator().body(Map.of("channel", "post", "receivedAt", "2025-09-20T10:00:00+09:00",
                        "opinion", Map.of("text", "郵送: 電子申請を増やしてほしい。")))
                .when().post("/api/v1/consultations/" + c + "/submissions/staff-entries")
                .then().statusCode(201).extract().path("receipt");

        clock.set("2025-10-02T09:00:00+09:00");
        Fixtures.moveTo(c, "answering").then().statusCode(200);
        Fixtures.moveTo(c, "published").then().statusCode(409)
                .body("detail", equalTo("items: 意見の要旨に整理していない提出意見が4件あります / 4 submission(s) not split into items yet"));

        asModerator().body(item(first, "perspective-convenience",
                        "マイナンバーカードで住民票を取れるようにしてほしい。連絡は someone@example.jp へ。", null, null))
                .when().post(items).then().statusCode(400)
                .body("errors.field", contains("summary"))
                // The proposal stays last, after "修正案: ", where the SPA takes it from; English comes before it.
                .body("errors[0].message", equalTo("summary: 意見の要旨に個人情報と思われる記載(メールアドレス)があります。"
                        + " / it seems to contain personal information (email), see the proposal."
                        + " 修正案: マイナンバーカードで住民票を取れるようにしてほしい。連絡は [メールアドレス] へ。"));
        int firstItem = asModerator().body(item(first, "perspective-convenience",
                        "マイナンバーカードで住民票を取れるようにしてほしい。", null, null))
                .when().post(items).then().statusCode(201).extract().path("id");
        asModerator().body(item(second, "field-people", "子どもがプログラミングを学べる場を増やしてほしい。",
                        "次世代のデジタル人材の育成として、学ぶ機会の提供を計画に明記します。", "reflected"))
                .when().post(items).then().statusCode(201);
        Map<String, Object> withdrawn = item(third, null, "この意見は取り下げます。", null, null);
        withdrawn.put("hidden", true);
        asModerator().body(withdrawn).when().post(items).then().statusCode(400).body("errors.field", contains("hiddenReason"));
        withdrawn.put("hiddenReason", "提出者から取り下げの申出があったため");
        asModerator().body(withdrawn).when().post(items).then().statusCode(201);
        asModerator().body(item(posted, null, "電子申請を増やしてほしい。",
                        "電子申請、電子納付の充実として既に記載しています。", "already-included"))
                .when().post(items).then().statusCode(201);

        Fixtures.moveTo(c, "published").then().statusCode(409).body("detail", containsString("未記入の意見が1件"));

        asModerator().when().get(items + "/proposals/" + first).then().statusCode(200)
                .body("findings.kind", contains("email"))
                .body("proposedText", containsString("連絡は [メールアドレス] へ"));
        asModerator().when().get(items + "/redactions").then().statusCode(200)
                .body("kinds", contains(List.of("email")))
                .body("[0].reason", equalTo("公表に際し個人情報を除いたため"))
                .body("[0].actor", equalTo("tester@city.kanazawa.example"));

        Map<String, Object> answered = item(null, "perspective-convenience", "マイナンバーカードで住民票を取れるようにしてほしい。",
                "コンビニ交付を継続し、オンライン申請も拡充します。", "reference");
        answered.put("version", 99);
        asModerator().body(answered).when().put(items + "/" + firstItem).then().statusCode(409)
                .body("current.version", equalTo(0));
        answered.put("version", 0);
        asModerator().body(answered).when().put(items + "/" + firstItem).then().statusCode(200)
                .body("version", equalTo(1)).body("category", equalTo("reference"));

        given().when().get("/api/v1/consultations/" + c + "/results").then().statusCode(404);
        Fixtures.moveTo(c, "published").then().statusCode(200);

        String json = given().when().get("/api/v1/consultations/" + c + "/results")
                .then().statusCode(200)
                .body("submitters", equalTo(3))
                .body("itemCount", equalTo(3))
                .body("items.summary", not(hasItem("この意見は取り下げます。")))
                .body("bySection.find { it.code == 'perspective-convenience' }.count", equalTo(1))
                .body("bySection.find { it.code == null }.label", equalTo("全般・その他"))
                .body("byCategory.label", contains("反映", "既に記載", "参考", "その他"))
                .body("byCategory.count", contains(1, 1, 1, 0))
                .body("byChannel.find { it.code == 'web' }.count", equalTo(2))
                .body("byChannel.find { it.code == 'post' }.count", equalTo(1))
                .body("items[1].answer", startsWith("次世代のデジタル人材"))
                .extract().asString();
        for (String personal : List.of("浅野", "兼六", "尾山", "someone@example.jp", "広坂")) {
            assertFalse(json.contains(personal), personal);
        }

        String csv = given().when().get("/api/v1/consultations/" + c + "/results?format=csv")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(csv.startsWith("\uFEFF番号,項目,意見の要旨,区分,本市の考え方,計画の変更"), csv);
        assertFalse(csv.contains("取り下げ"));
        assertFalse(csv.contains("浅野"));

        for (String q : List.of("プログラミング　学べる", "プログラミングを学べる場", "ﾌﾟﾛｸﾞﾗﾐﾝｸﾞ", "デジタル人材の育成")) {
            String found = given().queryParam("q", q).when().get("/api/v1/search/opinions")
                    .then().statusCode(200)
                    .body("consultationCode", hasItem(c))
                    .body("item.summary", hasItem("子どもがプログラミングを学べる場を増やしてほしい。"))
                    .extract().asString();
            for (String personal : List.of("浅野", "兼六", "尾山", "someone@example.jp", "広坂")) {
                assertFalse(found.contains(personal), personal);
            }
        }
        given().queryParam("q", "プログラミングを学べる海").when().get("/api/v1/search/opinions")
                .then().statusCode(200).body("findAll { it.consultationCode == '" + c + "' }", hasSize(0));
        given().queryParam("q", "取り下げ").when().get("/api/v1/search/opinions")
                .then().statusCode(200).body("findAll { it.consultationCode == '" + c + "' }", hasSize(0));
        given().when().get("/api/v1/search/opinions").then().statusCode(400);

        asModerator().body(answered).when().put(items + "/" + firstItem).then().statusCode(409)
                .body("detail", containsString("読み取り専用"))
                .body("detail", containsString(" / Items cannot be changed while the consultation is published (read-only after publication)."));
    }
}
