package kyoso.comment;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import kyoso.kit.security.Roles;
import kyoso.kit.testing.TokenVerificationContract;

/** comment-service checks every token itself: the moderators' list of submissions is the staff-only request tried. */
@QuarkusTest
class TokenVerificationTest extends TokenVerificationContract {

    @Override
    protected int call(RequestSpecification request) {
        return request.get("/api/v1/consultations/dx-action-plan-2-outline/submissions").statusCode();
    }

    @Override
    protected String allowedRole() {
        return Roles.COMMENT_MODERATOR;
    }

    @Override
    protected String otherRole() {
        return Roles.MEETING_SECRETARY;
    }
}
