package kyoso.meeting;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import kyoso.kit.security.Roles;
import kyoso.kit.testing.TokenVerificationContract;

/** meeting-service checks every token itself: the secretaries' change history is the staff-only request tried. */
@QuarkusTest
class TokenVerificationTest extends TokenVerificationContract {

    @Override
    protected int call(RequestSpecification request) {
        return request.get("/api/v1/meetings/changes").statusCode();
    }

    @Override
    protected String allowedRole() {
        return Roles.MEETING_SECRETARY;
    }

    @Override
    protected String otherRole() {
        return Roles.PLAN_EDITOR;
    }
}
