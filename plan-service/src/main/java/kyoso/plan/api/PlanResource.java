package kyoso.plan.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kyoso.kit.problem.Problem;
import kyoso.kit.problem.ProblemException;
import kyoso.plan.api.PlanDtos.PlanDetail;
import kyoso.plan.api.PlanDtos.PlanSummary;
import kyoso.plan.api.PlanDtos.Tree;
import kyoso.plan.domain.PlanService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "金沢市DXアクションプラン and its versions")
public class PlanResource {

    private final PlanService plans;

    PlanResource(PlanService plans) {
        this.plans = plans;
    }

    @GET
    @Operation(summary = "List the city's DX action plans", description = "Oldest first, each with its period (年度) and predecessor.")
    @APIResponse(responseCode = "200", description = "The plans",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = PlanSummary.class)))
    public List<PlanSummary> list() {
        return plans.plans().stream().map(PlanSummary::of).toList();
    }

    @GET
    @Path("/{plan}")
    @Operation(summary = "Get one plan with its background and versions")
    @APIResponse(responseCode = "200", description = "The plan",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanDetail.class)))
    @APIResponse(responseCode = "404", description = "No such plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PlanDetail get(@PathParam("plan") String code) {
        return plans.plan(code)
                .map(plan -> PlanDetail.of(plan, plans.versions(plan)))
                .orElseThrow(() -> ProblemException.notFound("plan", code));
    }

    @GET
    @Path("/{plan}/versions/{version}/tree")
    @Operation(summary = "The whole section tree of a version", description = "Use version 'latest' for the latest published version.")
    @APIResponse(responseCode = "200", description = "The version and its nested nodes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Tree.class)))
    @APIResponse(responseCode = "404", description = "No such plan or version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Tree tree(@PathParam("plan") String plan, @PathParam("version") String version) {
        return Tree.of(plans.tree(plan, version));
    }
}
