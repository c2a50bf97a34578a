package kyoso.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import kyoso.meeting.api.PersistenceConflictMapper;
import org.hibernate.StaleObjectStateException;
import org.hibernate.exception.ConstraintViolationException;
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
        var e = new PersistenceException(new ConstraintViolationException("duplicate", new SQLException("dup", "23505"), "uq_meeting_number"));
        assertEquals(409, mapper.toResponse(e).getStatus());
    }

    @Test
    void anythingElseIsAServerError() {
        assertEquals(500, mapper.toResponse(new PersistenceException("boom")).getStatus());
    }
}
