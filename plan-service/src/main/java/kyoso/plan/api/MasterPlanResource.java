package kyoso.plan.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kyoso.kit.problem.Problem;
import kyoso.kit.problem.ProblemException;
import kyoso.plan.api.MasterPlanDtos.MasterPlan;
import kyoso.plan.domain.MasterPlanService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/master-plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Master plans", description = "未来共創計画: basic policies and cross-cutting perspectives the DX plans align with")
public class MasterPlanResource {

    private final MasterPlanService masterPlans;

    MasterPlanResource(MasterPlanService masterPlans) {
        this.masterPlans = masterPlans;
    }

    @GET
    @Operation(summary = "List the city's master plans with their basic policies (基本方針) and 横断的視点")
    @APIResponse(responseCode = "200", description = "The master plans",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = MasterPlan.class)))
    public List<MasterPlan> list() {
        return masterPlans.list().stream().map(MasterPlan::of).toList();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Get one master plan")
    @APIResponse(responseCode = "200", description = "The master plan",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MasterPlan.class)))
    @APIResponse(responseCode = "404", description = "No such master plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MasterPlan get(@PathParam("code") String code) {
        return masterPlans.get(code).map(MasterPlan::of)
                .orElseThrow(() -> ProblemException.notFound("master plan", code));
    }
}
