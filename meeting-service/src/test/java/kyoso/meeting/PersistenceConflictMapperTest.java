package kyoso.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import kyoso.kit.problem.Problem;
import kyoso.meeting.api.PersistenceConflictMapper;
import org.hibernate.StaleObjectStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.junit.jupiter.api.Test;

/** Races past the editors' checks end as 409, other database failures as the kit's 500. */
class PersistenceConflictMapperTest {

    private final PersistenceConflictMapper mapper = new PersistenceConflictMapper();

    @Test
    void lostUpdateIsAConflict() {
        var e = new PersistenceException(new StaleObjectStateException("Meeting", 1L));
        assertEquals(409, mapper.toResponse(e).getStatus());
    }

    @Test
    void duplicateKeyIsAConflict() {
        var e = new PersistenceException(new ConstraintViolationException("duplicate", new SQLException("dup", "23505"),
                ConstraintKind.UNIQUE, "uq_meeting_number"));
        Response answer = mapper.toResponse(e);
        assertEquals(409, answer.getStatus());
        assertTrue(detail(answer).contains("duplicates an existing record"), detail(answer));
    }

    @Test
    void aRecordReferredToMeanwhileIsAConflictThatSaysSo() {
        var e = new PersistenceException(new ConstraintViolationException("referenced", new SQLException("fk", "23503"),
                ConstraintKind.FOREIGN_KEY, "fk_membership_person"));
        Response answer = mapper.toResponse(e);
        assertEquals(409, answer.getStatus());
        assertTrue(detail(answer).contains("関連する記録が同時に追加または削除されました"), detail(answer));
    }

    private static String detail(Response answer) {
        return ((Problem) answer.getEntity()).detail();
    }

    @Test
    void anythingElseIsAServerError() {
        assertEquals(500, mapper.toResponse(new PersistenceException("boom")).getStatus());
    }
}
