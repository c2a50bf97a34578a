package kyoso.plan.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import kyoso.kit.problem.Problems;
import kyoso.plan.domain.MeasureService.KpiView;
import kyoso.plan.domain.MeasureService.MeasureView;
import kyoso.plan.domain.MeasureService.ProgressView;
import kyoso.plan.domain.SectionNode;
import kyoso.plan.domain.StaleEditException;

/** Optimistic locking: 409 with the current state in the API's own shape, so the editor can merge. */
@Provider
public class StaleEditMapper implements ExceptionMapper<StaleEditException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(StaleEditException e) {
        return Problems.response(409, "conflict", "他の職員が先に更新しました (Conflict)", e.getMessage(), uriInfo,
                List.of(), view(e.current()));
    }

    private static Object view(Object current) {
        if (current instanceof MeasureView m) {
            return MeasureDtos.MeasureDto.of(m);
        }
        if (current instanceof KpiView k) {
            return MeasureDtos.KpiDto.of(k);
        }
        if (current instanceof ProgressView p) {
            return MeasureDtos.Progress.of(p);
        }
        if (current instanceof SectionNode n) {
            return PlanDtos.node(n, Map.of(), List.of());
        }
        return null;
    }
}
