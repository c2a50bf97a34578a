package kyoso.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import kyoso.kit.security.Roles;
import kyoso.kit.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** A refused staff request explains itself in problem+json (service-kit's access mappers). */
@QuarkusTest
class AccessProblemTest {

    private static final String PUBLISH = "/api/v1/plans/dx-action-plan-2/versions/no-such-draft/publish";

    @Test
    void withoutATokenTheAnswerIs401AskingToSignIn() {
        given().when().post(PUBLISH)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("status", equalTo(401))
                .body("detail", containsString("サインイン"))
                .body("instance", equalTo(PUBLISH));
    }

    @Test
    void anotherRoleGets403SayingTheRoleMayNotDoThis() {
        given().header("Authorization", TestTokens.bearer(Roles.MEETING_SECRETARY))
                .when().post(PUBLISH)
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("detail", containsString("権限"));
    }
}
