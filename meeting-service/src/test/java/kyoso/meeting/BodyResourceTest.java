package kyoso.meeting;

import static io.restassured.RestAssured.given;
import static kyoso.meeting.WriteResourceTest.secretary;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import kyoso.kit.security.Roles;
import kyoso.kit.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BodyResourceTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void listsTheSeededBodies() {
        given().when().get("/api/v1/organizations")
                .then().statusCode(200)
                .body("key", hasItems("dx-council", "dx-headquarters", "dx-project-team"))
                .body("find { it.key == 'dx-council' }.name", equalTo("金沢市DX会議"))
                .body("find { it.key == 'dx-headquarters' }.name", equalTo("金沢市DX推進本部"))
                .body("find { it.key == 'dx-council' }.parent.key", equalTo("kanazawa-city"));
    }

    @Test
    void councilHasItsSixMembersInGojuonOrderWithAffiliations() {
        given().when().get("/api/v1/organizations/dx-council")
                .then().statusCode(200)
                .body("memberships", hasSize(6))
                .body("memberships.person.name", contains("稲継 裕昭", "浦田 真由", "大島 葉子", "中沢 実",
                        "福島 健一郎", "宮内 康範"))
                .body("memberships.role", hasItems("委員"))
                .body("memberships[0].affiliation", equalTo("早稲田大学 政治経済学術院 教授"))
                .body("memberships[3].affiliation", equalTo("金沢工業大学 情報理工学部 情報工学科 教授 同大学 AIラボ所長"))
                .body("memberships[4].affiliation", equalTo("一般社団法人 コード・フォー・カナザワ 代表理事"))
                .body("memberships[5].person.nameReading", equalTo("みやうち やすのり"));
    }

    @Test
    void organizationIsFoundByNumericIdToo() {
        int id = given().when().get("/api/v1/organizations/dx-council").then().extract().path("id");
        given().when().get("/api/v1/organizations/" + id)
                .then().statusCode(200).body("key", equalTo("dx-council"));
    }

    @Test
    void headquartersIsComposedByPosts() {
        given().when().get("/api/v1/organizations/dx-headquarters")
                .then().statusCode(200)
                .body("posts", hasSize(20))
                .body("posts[0].label", equalTo("本部長"))
                .body("posts[0].exOfficio", equalTo("市長"))
                .body("posts[1].label", equalTo("副本部長"))
                .body("posts[1].seats", equalTo(2))
                .body("posts.findAll { it.label == '本部員' }", hasSize(18))
                .body("posts[19].exOfficio", equalTo("公立大学法人金沢美術工芸大学事務局長"));
    }

    @Test
    void peopleAreListedInGojuonOrderWithPaging() {
        given().queryParam("organization", "dx-council").queryParam("size", 4)
                .when().get("/api/v1/people")
                .then().statusCode(200)
                .body("total", equalTo(6))
                .body("items.nameReading", contains("いなつぐ ひろあき", "うらた まゆ", "おおしま ようこ", "なかざわ みのる"))
                .body("items[0].memberships[0].organization.key", equalTo("dx-council"));
        given().queryParam("organization", "dx-council").queryParam("size", 4).queryParam("page", 1)
                .when().get("/api/v1/people")
                .then().statusCode(200)
                .body("items.name", contains("福島 健一郎", "宮内 康範"));
    }

    @Test
    void badPagingIsAProblem() {
        given().queryParam("size", 0).when().get("/api/v1/people")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void unknownBodyIsA404Problem() {
        given().when().get("/api/v1/organizations/no-such-body")
                .then().statusCode(404).contentType("application/problem+json")
                .body("instance", equalTo("/api/v1/organizations/no-such-body"));
    }

    @Test
    void healthAndOpenApiAreServed() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).body("paths", hasKey("/api/v1/organizations/{id}"));
    }

    /** A person of the test's own (unique key), so no test depends on the seed or on another test's data. */
    private static JsonPath newPerson() {
        String key = "test-person-" + UUID.randomUUID().toString().substring(0, 8);
        return secretary().body(Map.of("key", key, "name", "削除 試験", "nameReading", "さくじょ しけん"))
                .when().post("/api/v1/people").then().statusCode(201).extract().jsonPath();
    }

    private static int addMembership(String personKey) {
        return secretary().body(Map.of("organization", "dx-project-team", "person", personKey, "role", "構成員"))
                .when().post("/api/v1/memberships").then().statusCode(201).extract().path("id");
    }

    @Test
    void personEnteredByMistakeIsDeletedAndTheDeletionLogged() {
        JsonPath person = newPerson();
        int id = person.getInt("id");
        String key = person.getString("key");
        secretary().when().delete("/api/v1/people/" + key).then().statusCode(204);
        given().when().get("/api/v1/people/" + key).then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/people/" + id).then().statusCode(404);
        secretary().queryParam("entityType", "person").queryParam("entityId", id)
                .when().get("/api/v1/meetings/changes")
                .then().statusCode(200)
                .body("items.action", contains("delete", "create"))
                .body("items[0].summary", equalTo("削除 試験"))
                .body("items[0].actor", equalTo("tester@city.kanazawa.example"));
    }

    @Test
    void personHoldingMembershipsIsKeptUntilTheyAreRemoved() {
        JsonPath person = newPerson();
        int id = person.getInt("id");
        String key = person.getString("key");
        int first = addMembership(key);
        int second = addMembership(key);

        secretary().when().delete("/api/v1/people/" + id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/conflict"))
                .body("detail", containsString("所属・役職の記録が2件あります。先にそれらを削除してください"))
                .body("detail", containsString("still holds 2 memberships; remove them first"));
        given().when().get("/api/v1/people/" + key).then().statusCode(200).body("memberships", hasSize(2));
        secretary().queryParam("entityType", "person").queryParam("entityId", id)
                .when().get("/api/v1/meetings/changes")
                .then().body("items.action", contains("create"));

        secretary().when().delete("/api/v1/memberships/" + first).then().statusCode(204);
        secretary().when().delete("/api/v1/people/" + key)
                .then().statusCode(409).body("detail", containsString("still holds 1 membership;"));
        secretary().when().delete("/api/v1/memberships/" + second).then().statusCode(204);
        secretary().when().delete("/api/v1/people/" + key).then().statusCode(204);
    }

    @Test
    void deletingAnUnknownPersonIsA404Problem() {
        secretary().when().delete("/api/v1/people/no-such-person")
                .then().statusCode(404).contentType("application/problem+json")
                .body("instance", equalTo("/api/v1/people/no-such-person"));
        secretary().when().delete("/api/v1/people/987654321").then().statusCode(404);
    }

    @Test
    void deletingAPersonNeedsATokenAndTheSecretaryRole() {
        String key = newPerson().getString("key");
        given().when().delete("/api/v1/people/" + key).then().statusCode(401);
        given().header("Authorization", TestTokens.bearer(Roles.PLAN_EDITOR))
                .when().delete("/api/v1/people/" + key).then().statusCode(403);
        given().when().get("/api/v1/people/" + key).then().statusCode(200);
    }

    /**
     * The race the membership count cannot see: another clerk's membership, not yet committed when the
     * count runs, is committed while the delete waits on its row lock. The database's foreign key then
     * refuses the delete, and that must still reach the caller as a 409 with nothing changed.
     */
    @Test
    void membershipAddedWhileThePersonIsBeingDeletedStillEndsAsAConflict() throws Exception {
        JsonPath person = newPerson();
        int id = person.getInt("id");
        String key = person.getString("key");
        ExtractableResponse<Response> answer;
        try (Connection otherClerk = dataSource.getConnection(); Connection watcher = dataSource.getConnection()) {
            otherClerk.setAutoCommit(false);
            try (var insert = otherClerk.prepareStatement("insert into membership (organization_id, person_id, role) "
                    + "values ((select id from organization where key = 'dx-project-team'), ?, '構成員')")) {
                insert.setLong(1, id);
                insert.executeUpdate();
            }
            var delete = CompletableFuture.supplyAsync(() -> secretary().when().delete("/api/v1/people/" + key).then().extract());
            assertTrue(waitForBlockedPersonDelete(watcher), "the delete should wait on the uncommitted membership");
            otherClerk.commit();
            answer = delete.get();
        }
        assertEquals(409, answer.statusCode(), answer.asString());
        assertEquals("application/problem+json", answer.contentType());
        assertTrue(answer.path("detail").toString().contains("added or removed at the same time"), answer.asString());
        given().when().get("/api/v1/people/" + key).then().statusCode(200).body("memberships", hasSize(1));
        secretary().queryParam("entityType", "person").queryParam("entityId", id)
                .when().get("/api/v1/meetings/changes")
                .then().body("items.action", contains("create"));
    }

    private static boolean waitForBlockedPersonDelete(Connection watcher) throws SQLException, InterruptedException {
        for (int attempt = 0; attempt < 200; attempt++) {
            try (var blocked = watcher.createStatement().executeQuery("select count(*) from pg_stat_activity "
                    + "where datname = current_database() and wait_event_type = 'Lock' and query ilike 'delete from person%'")) {
                blocked.next();
                if (blocked.getInt(1) > 0) {
                    return true;
                }
            }
            Thread.sleep(50);
        }
        return false;
    }
}
