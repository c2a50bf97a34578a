package kyoso.comment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import kyoso.comment.client.PlanServiceClient;
import kyoso.comment.domain.PersonalDataRetention;
import kyoso.comment.domain.SubmissionService;
import kyoso.kit.testing.TestTokens;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PersonalDataTest {

    static final Map<String, Object> CONTACT = Map.of("name", "犀川 次郎", "organization", "犀川商店",
            "address", "金沢市広坂1丁目1番1号", "email", "jiro@example.jp", "phone", "076-220-2111");

    @Inject
    TestClock clock;

    @Inject
    PersonalDataRetention retention;

    @InjectMock
    @RestClient
    PlanServiceClient planService;

    String consultation;
    String receipt;
    String checkCode;

    @BeforeEach
    void aSubmissionWithContactDetails() {
        Fixtures.planServiceAnswers(planService);
        clock.set("2025-11-01T09:00:00+09:00");
        consultation = Fixtures.scheduled("pd", "2025-11-17T00:00:00+09:00", "2025-12-17T00:00:00+09:00");
        clock.set("2025-11-20T10:00:00+09:00");
        Response r = given().contentType(ContentType.JSON)
                .body(Map.of("text", "事業者として意見します。", "attribute", "business", "contact", CONTACT))
                .when().post("/api/v1/consultations/" + consultation + "/submissions");
        r.then().statusCode(201);
        receipt = r.path("receipt");
        checkCode = r.path("checkCode");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String contactPath() {
        return "/api/v1/consultations/" + consultation + "/submissions/" + receipt + "/contact";
    }

    @Test
    void whoReadPersonalDataIsLoggedWithTheRequestIdTheGatewayGave() {
        List<ExtLogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                ExtLogRecord ext = (ExtLogRecord) record;
                ext.copyMdc();
                records.add(ext);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger audit = Logger.getLogger(SubmissionService.class.getName());
        audit.addHandler(capture);
        try {
            given().header("Authorization", TestTokens.bearer("comment-moderator"))
                    .header("X-Request-Id", "rid-pd-7f3c2a91")
                    .when().get(contactPath())
                    .then().statusCode(200).header("X-Request-Id", "rid-pd-7f3c2a91");
        } finally {
            audit.removeHandler(capture);
        }
        var read = records.stream().filter(r -> r.getFormattedMessage().contains(receipt)).toList();
        assertEquals(1, read.size(), "one audit line for the read");
        assertEquals("rid-pd-7f3c2a91", read.get(0).getMdc("requestId"));
    }

    @Test
    void moderatorsReadTheContactDetailsOthersCannot() {
        given().header("Authorization", TestTokens.bearer("comment-moderator")).when().get(contactPath())
                .then().statusCode(200)
                .body("name", equalTo("犀川 次郎"))
                .body("email", equalTo("jiro@example.jp"));
        given().when().get(contactPath()).then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("plan-editor")).when().get(contactPath()).then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("comment-moderator"))
                .when().get("/api/v1/consultations/" + consultation + "/submissions")
                .then().statusCode(200)
                .body("items.submission.receipt", hasItem(receipt))
                .body(not(containsString("犀川 次郎")));
    }

    @Test
    void inARushEveryContactStaysWithItsOwnOpinion() throws Exception {
        // Opinions sent at the same moment are written together (group commit); each submitter's
        // sealed contact must still belong to that submitter's opinion and decrypt only there.
        int citizens = 24;
        ExecutorService pool = Executors.newFixedThreadPool(citizens);
        Map<String, String> nameByReceipt = new ConcurrentHashMap<>();
        try {
            List<Callable<Void>> sends = new ArrayList<>();
            for (int i = 0; i < citizens; i++) {
                String name = "市民 " + i + "号";
                sends.add(() -> {
                    Response r = given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                            .body(Map.of("text", name + "の意見です。", "attribute", "resident",
                                    "contact", Map.of("name", name, "address", "金沢市広坂1丁目1番1号")))
                            .when().post("/api/v1/consultations/" + consultation + "/submissions");
                    assertEquals(201, r.statusCode(), r.asString());
                    nameByReceipt.put(r.path("receipt"), name);
                    return null;
                });
            }
            for (Future<Void> sent : pool.invokeAll(sends)) {
                sent.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(citizens, nameByReceipt.size());
        nameByReceipt.forEach((receipt, name) -> {
            String base = "/api/v1/consultations/" + consultation + "/submissions/" + receipt;
            given().header("Authorization", TestTokens.bearer("comment-moderator")).when().get(base + "/contact")
                    .then().statusCode(200).body("name", equalTo(name));
            given().header("Authorization", TestTokens.bearer("comment-moderator")).when().get(base)
                    .then().statusCode(200).body("text", equalTo(name + "の意見です。"));
        });
    }

    @Test
    void noPublicResponseCarriesPersonalData() {
        for (String body : new String[] {
                given().when().get("/api/v1/consultations").asString(),
                given().when().get("/api/v1/consultations/" + consultation).asString(),
                given().header("Check-Code", checkCode).when().get("/api/v1/submissions/" + receipt).asString()}) {
            for (Object value : CONTACT.values()) {
                assertTrue(!body.contains((String) value), () -> "public response shows " + value + ": " + body);
            }
        }
    }

    @Test
    void contactDetailsAreDeletedAfterTheRetentionPeriodButTheOpinionStays() {
        clock.set("2026-11-19T10:00:00+09:00");
        retention.purge();
        given().header("Authorization", TestTokens.bearer("comment-moderator")).when().get(contactPath())
                .then().statusCode(200);

        clock.set("2026-11-20T10:00:01+09:00");
        assertTrue(retention.purge() >= 1);
        given().header("Authorization", TestTokens.bearer("comment-moderator")).when().get(contactPath())
                .then().statusCode(410).contentType("application/problem+json");
        given().header("Check-Code", checkCode).when().get("/api/v1/submissions/" + receipt)
                .then().statusCode(200).body("text", equalTo("事業者として意見します。"));
        given().header("Authorization", TestTokens.bearer("comment-moderator"))
                .when().get("/api/v1/consultations/" + consultation + "/submissions")
                .then().body("items.submission.find { it.receipt == '" + receipt + "' }.personalDataPurgedAt", notNullValue());
    }

    @Test
    void moderatorsSeeFormLettersGrouped() {
        for (String text : new String[] {"デジタル人材の育成を強化してください。", "デジタル人材の育成を 強化してください！",
                "デジタル人材の育成を、もっと強化してください。"}) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("text", text, "attribute", "resident", "contact", CONTACT))
                    .when().post("/api/v1/consultations/" + consultation + "/submissions").then().statusCode(201);
        }
        given().header("Authorization", TestTokens.bearer("comment-moderator"))
                .when().get("/api/v1/consultations/" + consultation + "/submissions/duplicates")
                .then().statusCode(200)
                .body("size", org.hamcrest.Matchers.contains(3))
                .body("[0].members.text", org.hamcrest.Matchers.hasItem("デジタル人材の育成を 強化してください！"))
                .body(not(containsString("犀川")));
        given().when().get("/api/v1/consultations/" + consultation + "/submissions/duplicates").then().statusCode(401);
    }
}
