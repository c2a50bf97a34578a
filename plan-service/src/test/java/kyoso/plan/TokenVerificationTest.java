package kyoso.plan;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import kyoso.kit.security.Roles;
import kyoso.kit.testing.TokenVerificationContract;

/** plan-service checks every token itself: publishing a draft is the staff-only request tried. */
@QuarkusTest
class TokenVerificationTest extends TokenVerificationContract {

    @Override
    protected int call(RequestSpecification request) {
        // A version that does not exist: a token that gets through is answered 404, never 2xx.
        return request.post("/api/v1/plans/dx-action-plan-2/versions/no-such-draft/publish").statusCode();
    }

    @Override
    protected String allowedRole() {
        return Roles.PLAN_EDITOR;
    }

    @Override
    protected String otherRole() {
        return Roles.COMMENT_MODERATOR;
    }
}
