package kyoso.plan.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kyoso.kit.problem.Problem;
import kyoso.kit.problem.ProblemException;
import kyoso.plan.api.PlanDtos.PlanDetail;
import kyoso.plan.api.PlanDtos.PlanSummary;
import kyoso.plan.api.PlanDtos.Tree;
import kyoso.plan.api.CompareDtos.ComparisonView;
import kyoso.plan.domain.PlanService;
import kyoso.plan.domain.compare.CompareService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "金沢市DXアクションプラン and its versions")
public class PlanResource {

    private final PlanService plans;
    private final CompareService comparisons;

    PlanResource(PlanService plans, CompareService comparisons) {
        this.plans = plans;
        this.comparisons = comparisons;
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

    @GET
    @Path("/{plan}/versions/{from}/compare/{to}")
    @Operation(summary = "Compare two versions of a plan node by node",
            description = "Nodes are matched by key: added, removed, changed (with a character-level diff per field) or moved. 'latest' names the latest published version.")
    @APIResponse(responseCode = "200", description = "The comparison",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComparisonView.class)))
    @APIResponse(responseCode = "404", description = "No such plan or version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ComparisonView compareVersions(@PathParam("plan") String plan, @PathParam("from") String from,
                                          @PathParam("to") String to) {
        return ComparisonView.of(comparisons.compare(plan, from, plan, to));
    }

    @GET
    @Path("/compare")
    @Operation(summary = "Compare two plans (or any two versions)",
            description = "from and to are plan:version, e.g. from=dx-action-plan:adopted&to=dx-action-plan-2:outline-2025-10-29; a plan code alone means its latest published version.")
    @APIResponse(responseCode = "200", description = "The comparison",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComparisonView.class)))
    @APIResponse(responseCode = "400", description = "from or to missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such plan or version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ComparisonView comparePlans(
            @Parameter(description = "plan:version to compare from", example = "dx-action-plan:adopted") @QueryParam("from") String from,
            @Parameter(description = "plan:version to compare to", example = "dx-action-plan-2:outline-2025-10-29") @QueryParam("to") String to) {
        String[] a = versionRef("from", from);
        String[] b = versionRef("to", to);
        return ComparisonView.of(comparisons.compare(a[0], a[1], b[0], b[1]));
    }

    private static String[] versionRef(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(field, field + ": 比較する版を plan:version の形で指定してください");
        }
        int colon = value.indexOf(':');
        return colon < 0 ? new String[] {value, "latest"}
                : new String[] {value.substring(0, colon), value.substring(colon + 1)};
    }
}
