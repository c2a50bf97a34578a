package kyoso.meeting.api;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import kyoso.kit.problem.Problems;
import kyoso.kit.problem.UnexpectedErrorMapper;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;

/**
 * The editors check versions and unique keys before writing; two editors racing past those checks
 * meet the database's own guard instead. That is still a conflict (409) for the caller, not a server
 * error. Anything else falls through to the kit's last-resort mapper.
 */
@Provider
public class PersistenceConflictMapper implements ExceptionMapper<PersistenceException> {

    @Context
    UriInfo uriInfo;

    private final UnexpectedErrorMapper fallback = new UnexpectedErrorMapper();

    @Override
    public Response toResponse(PersistenceException e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return conflict("他の担当者が同時に更新しました。再読み込みしてください。 / Someone else changed this at the same time; reload.");
            }
            if (t instanceof ConstraintViolationException violation) {
                // A foreign key is what refuses removing a record that another clerk has just referred to.
                return conflict(violation.getKind() == ConstraintKind.FOREIGN_KEY
                        ? "関連する記録が同時に追加または削除されました。再読み込みしてください。 / A related record was added or removed at the same time; reload."
                        : "既存の記録と重複します。 / This duplicates an existing record.");
            }
        }
        return fallback.toResponse(e);
    }

    private Response conflict(String detail) {
        return Problems.response(409, "conflict", "現在の状態では実行できません (Conflict)", detail, uriInfo, List.of());
    }
}
