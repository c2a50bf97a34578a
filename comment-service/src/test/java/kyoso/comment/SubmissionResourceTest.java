package kyoso.comment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import io.quarkus.test.InjectMock;
import kyoso.comment.client.PlanServiceClient;
import kyoso.kit.testing.TestTokens;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SubmissionResourceTest {

    static final String DURING_PERIOD = "2025-11-20T10:00:00+09:00";

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    @InjectMock
    @RestClient
    PlanServiceClient planService;

    /** Each test has its own consultation with the 2.0 consultation's period: 2025-11-17 to 12-16 (JST). */
    String consultation;

    @BeforeEach
    void openConsultationOfItsOwn() {
        Fixtures.planServiceAnswers(planService);
        clock.set("2025-11-01T09:00:00+09:00");
        consultation = Fixtures.scheduled("sub", "2025-11-17T00:00:00+09:00", "2025-12-17T00:00:00+09:00");
        clock.set(DURING_PERIOD);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static Map<String, Object> opinion(String text) {
        return Map.of(
                "text", text,
                "sections", List.of("perspective-co-creation", "field-people"),
                "attribute", "resident",
                "contact", Map.of("name", "金沢 花子", "address", "金沢市広坂1丁目1番1号",
                        "email", "hanako@example.jp", "phone", "076-220-2111"));
    }

    Response post(Object body, String key) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when().post("/api/v1/consultations/" + consultation + "/submissions");
    }

    @Test
    void aCitizenGetsAReceiptAndACheckCodeAndCanSeeTheStatusWithBoth() {
        Response created = post(opinion("デジタルデバイド対策として、公民館でのスマホ講座を増やしてほしい。"), null);
        created.then().statusCode(201)
                .header("Location", containsString("/api/v1/submissions/C-"))
                .body("receipt", matchesPattern("C-[0-9A-Z]{5}-[0-9A-Z]{5}"))
                .body("checkCode", matchesPattern("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"))
                .body("receivedAt", equalTo("2025-11-20T10:00:00+09:00"))
                .body("channel.code", equalTo("web"))
                .body("replayed", equalTo(false));
        String receipt = created.path("receipt");
        String code = created.path("checkCode");

        given().header("Check-Code", code.toLowerCase()).when().get("/api/v1/submissions/" + receipt)
                .then().statusCode(200)
                .body("status.label", equalTo("受付済み"))
                .body("consultationStatus.code", equalTo("open"))
                .body("sections", hasItem("field-people"))
                .body(not(containsString("金沢 花子")))
                .body(not(containsString("hanako@example.jp")));

        given().header("Check-Code", "AAAA-BBBB-CCCC").when().get("/api/v1/submissions/" + receipt)
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/submissions/" + receipt).then().statusCode(404);
    }

    @Test
    void theCheckCodeIsStoredOnlyAsAHashAndContactDataOnlyEncrypted() {
        Response created = post(opinion("個人情報の暗号化を確認するための意見です。"), null);
        long id = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select id from submission where receipt_number = ?1").setParameter(1, created.path("receipt"))
                .getSingleResult()).longValue());
        String hash = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select check_code_hash from submission where id = ?1").setParameter(1, id).getSingleResult());
        assertFalse(hash.contains(created.<String>path("checkCode").replace("-", "")));
        byte[] sealed = QuarkusTransaction.requiringNew().call(() -> (byte[]) em.createNativeQuery(
                "select ciphertext from submitter_personal_data where submission_id = ?1").setParameter(1, id).getSingleResult());
        String raw = new String(sealed, StandardCharsets.UTF_8);
        assertFalse(raw.contains("花子") || raw.contains("hanako") || raw.contains("076-220-2111"));
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheFirstReceipt() {
        String key = UUID.randomUUID().toString();
        Object body = opinion("再送信のテスト: 同じ内容です。");
        Response first = post(body, key);
        first.then().statusCode(201).body("replayed", equalTo(false));
        post(body, key).then().statusCode(201)
                .body("receipt", equalTo(first.path("receipt")))
                .body("checkCode", equalTo(first.path("checkCode")))
                .body("replayed", equalTo(true));
        assertEquals(1L, countWithKey(key));
    }

    @Test
    void theSameKeyWithADifferentBodyIs422AndChangesNothing() {
        String key = UUID.randomUUID().toString();
        post(opinion("最初の内容"), key).then().statusCode(201);
        post(opinion("別の内容"), key).then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("Idempotency-Key"));
        assertEquals(1L, countWithKey(key));
    }

    @Test
    void aRetryAfterTheDeadlineStillReturnsTheReceiptGivenInTime() {
        String key = UUID.randomUUID().toString();
        Object body = opinion("締切直前に送信し、応答が届かなかった意見");
        clock.set("2025-12-16T23:59:59+09:00");
        Response first = post(body, key);
        first.then().statusCode(201);
        clock.set("2025-12-17T00:00:05+09:00");
        post(body, key).then().statusCode(201).body("receipt", equalTo(first.path("receipt")));
    }

    @Test
    void concurrentRequestsWithOneKeyMakeOneSubmission() throws Exception {
        String key = UUID.randomUUID().toString();
        Object body = opinion("同時に送られた同じ意見");
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                calls.add(() -> post(body, key));
            }
            List<String> receipts = new ArrayList<>();
            for (Future<Response> f : pool.invokeAll(calls)) {
                Response r = f.get();
                assertEquals(201, r.statusCode(), r.asString());
                receipts.add(r.path("receipt"));
            }
            assertEquals(1, receipts.stream().distinct().count(), receipts.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1L, countWithKey(key));
    }

    @Test
    void theDeadlineIsExactAndJudgedByTheServerClock() {
        clock.set("2025-12-16T23:59:59.999+09:00");
        post(opinion("締切の1ミリ秒前"), null).then().statusCode(201);
        clock.set("2025-12-17T00:00:00+09:00");
        post(opinion("締切ちょうど"), null).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("令和7年12月16日(火)で締め切りました"));
    }

    @Test
    void theOpeningIsExactToo() {
        clock.set("2025-11-16T23:59:59.999+09:00");
        post(opinion("開始の1ミリ秒前"), null).then().statusCode(409)
                .body("detail", containsString("まだ始まっていません"))
                .body("detail", containsString("令和7年11月17日(月)から令和7年12月16日(火)まで"));
        clock.set("2025-11-17T00:00:00+09:00");
        post(opinion("開始ちょうど"), null).then().statusCode(201);
    }

    @Test
    void aModeratorsChangeReachesTheIntakeAtOnce() {
        // The intake has read the scheduled consultation once...
        clock.set("2025-11-16T12:00:00+09:00");
        post(opinion("開始前"), null).then().statusCode(409).body("detail", containsString("まだ始まっていません"));
        // ...then the moderator takes it back to draft: past opens_at it must not open by the clock.
        Fixtures.moveTo(consultation, "draft").then().statusCode(200);
        clock.set(DURING_PERIOD);
        post(opinion("下書きに戻した後"), "0b7a6c4e-1f7e-4b0c-9b1a-3d2f5e6a7b8c").then().statusCode(409)
                .body("detail", containsString("受け付けていません"));
        assertEquals(0L, countWithKey("0b7a6c4e-1f7e-4b0c-9b1a-3d2f5e6a7b8c"));
    }

    @Test
    void invalidInputIsA400NamingEachField() {
        post(Map.of("text", " ", "sections", List.of("no-such-section")), null).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("text"));
        post(Map.of("text", "意見", "sections", List.of("no-such-section"), "attribute", "tourist"), null)
                .then().statusCode(400)
                .body("errors.field", hasItem("sections[0]"))
                .body("errors.field", hasItem("attribute"))
                .body("errors.field", hasItem("contact.name"))
                .body("errors.field", hasItem("contact.address"));
        post(Map.of("text", "あ".repeat(4001), "attribute", "resident",
                "contact", Map.of("name", "a", "address", "b")), null)
                .then().statusCode(400).body("errors.field", hasItem("text"))
                .body("errors.message", hasItem("text: ご意見は4000文字以内で入力してください / at most 4000 characters"));
        post(Map.of("text", "意見", "attribute", "resident",
                "contact", Map.of("name", "a", "address", "b", "email", "not-an-address")), null)
                .then().statusCode(400).body("errors.field", hasItem("contact.email"));
    }

    @Test
    void aBodyThatIsNotTheFormIsA400ThatSaysWhatIsWrong() {
        given().contentType(ContentType.JSON).body("{\"text\": \"意見\", \"sections\": \"x\"}")
                .post("/api/v1/consultations/" + consultation + "/submissions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("sections"));
        given().contentType(ContentType.JSON).body("{\"text\":")
                .post("/api/v1/consultations/" + consultation + "/submissions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("JSON"));
    }

    @Test
    void exactlyTheMaximumLengthIsAccepted() {
        post(Map.of("text", "𠮷".repeat(4000), "attribute", "resident",
                "contact", Map.of("name", "a", "address", "b")), null).then().statusCode(201);
    }

    @Test
    void anOversizedBodyIs413() {
        post(Map.of("text", "x".repeat(70_000)), null).then().statusCode(413);
    }

    @Test
    void staffEnterPaperSubmissionsWithChannelAndDate() {
        clock.set("2025-12-18T09:00:00+09:00");
        Map<String, Object> entry = Map.of("channel", "post", "receivedAt", "2025-12-16T15:00:00+09:00",
                "opinion", Map.of("text", "郵送で届いた意見", "sections", List.of("basic-philosophy")));
        given().contentType(ContentType.JSON).body(entry)
                .when().post("/api/v1/consultations/" + consultation + "/submissions/staff-entries")
                .then().statusCode(401);
        given().contentType(ContentType.JSON).body(entry).header("Authorization", TestTokens.bearer("plan-editor"))
                .when().post("/api/v1/consultations/" + consultation + "/submissions/staff-entries")
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body(entry).header("Authorization", TestTokens.bearer("comment-moderator"))
                .when().post("/api/v1/consultations/" + consultation + "/submissions/staff-entries")
                .then().statusCode(201)
                .body("channel.code", equalTo("post"))
                .body("receivedAt", equalTo("2025-12-16T15:00:00+09:00"));
        given().contentType(ContentType.JSON)
                .body(Map.of("channel", "fax", "receivedAt", "2025-12-17T08:00:00+09:00",
                        "opinion", Map.of("text", "締切後に届いたファクス")))
                .header("Authorization", TestTokens.bearer("comment-moderator"))
                .when().post("/api/v1/consultations/" + consultation + "/submissions/staff-entries")
                .then().statusCode(400).body("errors.field", hasItem("receivedAt"));
    }

    private long countWithKey(String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from submission where idempotency_key = ?1").setParameter(1, key)
                .getSingleResult()).longValue());
    }
}
