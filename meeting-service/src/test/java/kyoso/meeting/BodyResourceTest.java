package kyoso.meeting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BodyResourceTest {

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
}
