package kyoso.plan.api;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import kyoso.kit.problem.Problems;

/**
 * Two saves that passed the lock-version check at the same instant: the database's versioned
 * update lets only one through. The other gets a 409 too (without the current state, which the
 * rolled-back transaction can no longer read); reloading shows it.
 */
@Provider
public class ConcurrentEditMapper implements ExceptionMapper<OptimisticLockException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(OptimisticLockException e) {
        return Problems.response(409, "conflict", "他の職員が先に更新しました (Conflict)",
                "同時に更新されました。最新の内容を読み込んでから再度保存してください。 / "
                        + "Changed concurrently; reload and apply your edit again.", uriInfo, List.of());
    }
}
