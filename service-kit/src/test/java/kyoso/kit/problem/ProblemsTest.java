package kyoso.kit.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    @Test
    void anOutageTellsTheClientWhenToTryAgain() {
        Response busy = Problems.response(503, "intake-busy", "混み合っています (Busy)", "again", null, List.of());

        assertEquals(503, busy.getStatus());
        assertEquals(Problem.MEDIA_TYPE, busy.getMediaType().toString());
        assertEquals(Problems.RETRY_AFTER_SECONDS, busy.getHeaderString("Retry-After"));
    }

    @Test
    void aRefusalThatRetryingCannotMendSaysNothingOfRetrying() {
        Response invalid = Problems.response(400, "invalid", "入力内容に誤りがあります", "text", null, List.of());

        assertNull(invalid.getHeaderString("Retry-After"));
    }
}
