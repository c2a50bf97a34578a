package kyoso.plan.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kyoso.kit.problem.Problem;
import kyoso.kit.problem.ProblemException;
import kyoso.kit.security.Roles;
import kyoso.plan.api.PlanDtos.Node;
import kyoso.plan.api.PlanDtos.PlanDetail;
import kyoso.plan.api.PlanDtos.PlanSummary;
import kyoso.plan.api.PlanDtos.Tree;
import kyoso.plan.api.CompareDtos.ComparisonView;
import kyoso.plan.domain.PlanService;
import kyoso.plan.domain.PlanVersion;
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
    private final PublishedCache cache;

    @Context
    SecurityContext security;

    PlanResource(PlanService plans, CompareService comparisons, PublishedCache cache) {
        this.plans = plans;
        this.comparisons = comparisons;
        this.cache = cache;
    }

    /** Drafts are staff work in progress: only plan editors (and admins) see them. */
    static boolean seesDrafts(SecurityContext security) {
        return security.isUserInRole(Roles.PLAN_EDITOR) || security.isUserInRole(Roles.ADMIN);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(summary = "List the city's DX action plans", description = "Oldest first, each with its period (年度) and predecessor.")
    @APIResponse(responseCode = "200", description = "The plans",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = PlanSummary.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    public Response list(@Parameter(description = Csv.FORMAT_DESCRIPTION) @QueryParam("format") String format) {
        List<PlanSummary> all = plans.plans().stream().map(PlanSummary::of).toList();
        if (Csv.wanted(format)) {
            return Csv.response("plans", List.of("code", "name", "name_en", "name_proposed", "status",
                    "period_start_fiscal_year", "period_start_label", "period_end_fiscal_year", "period_end_label",
                    "predecessor", "master_plan"), all.stream().map(p -> List.<Object>of(p.code(), p.name(),
                    nz(p.nameEn()), p.nameProposed(), p.status(), p.period().start().year(), p.period().start().label(),
                    p.period().end().year(), p.period().end().label(), nz(p.predecessor()), nz(p.masterPlan()))).toList());
        }
        return Response.ok(all, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static Object nz(Object value) {
        return value == null ? "" : value;
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
                .map(plan -> PlanDetail.of(plan, plans.versions(plan, seesDrafts(security))))
                .orElseThrow(() -> ProblemException.notFound("plan", code));
    }

    @GET
    @Path("/{plan}/versions/{version}/tree")
    @Operation(summary = "The whole section tree of a version", description = "Use version 'latest' for the latest published version.")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @APIResponse(responseCode = "200", description = "The version and its nested nodes (CSV: one row per node, in reading order)",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Tree.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", description = "No such plan or version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response tree(@PathParam("plan") String plan, @PathParam("version") String version,
                         @Parameter(description = Csv.FORMAT_DESCRIPTION) @QueryParam("format") String format) {
        Tree tree = tree(plan, version);
        if (Csv.wanted(format)) {
            List<List<Object>> rows = new ArrayList<>();
            flatten(tree.nodes(), null, 1, rows);
            return Csv.response(plan + "-" + tree.version().code(), List.of("key", "parent_key", "depth", "order", "kind",
                    "number", "title", "subtitle", "body", "aligned_basic_policy", "aligned_basic_policy_theme"), rows);
        }
        return Response.ok(tree, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private Tree tree(String plan, String version) {
        boolean drafts = seesDrafts(security);
        return cache.get("tree:" + plan + ":" + version, List.of(plan),
                () -> Tree.of(plans.tree(plan, version, drafts)), t -> published(t.version()));
    }

    private static void flatten(List<Node> nodes, String parent, int depth, List<List<Object>> rows) {
        for (Node n : nodes) {
            rows.add(List.of(n.key(), nz(parent), depth, n.order(), n.kind(), nz(n.number()), n.title(),
                    nz(n.subtitle()), nz(n.body()), n.alignment() == null ? "" : n.alignment().number(),
                    n.alignment() == null ? "" : n.alignment().theme()));
            flatten(n.children(), n.key(), depth + 1, rows);
        }
    }

    @GET
    @Path("/{plan}/versions/{version}/nodes/{key}")
    @Operation(summary = "One node of a version with its subtree", description = "Use version 'latest' for the latest published version.")
    @APIResponse(responseCode = "200", description = "The node and its children",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Node.class)))
    @APIResponse(responseCode = "404", description = "No such plan, version or node",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Node node(@PathParam("plan") String plan, @PathParam("version") String version,
                     @PathParam("key") String key) {
        return find(tree(plan, version).nodes(), key).orElseThrow(() -> ProblemException.notFound("node", key));
    }

    private static Optional<Node> find(List<Node> nodes, String key) {
        for (Node n : nodes) {
            if (n.key().equals(key)) {
                return Optional.of(n);
            }
            Optional<Node> below = find(n.children(), key);
            if (below.isPresent()) {
                return below;
            }
        }
        return Optional.empty();
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
        return compare(plan, from, plan, to);
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
        return compare(a[0], a[1], b[0], b[1]);
    }

    private ComparisonView compare(String fromPlan, String fromVersion, String toPlan, String toVersion) {
        boolean drafts = seesDrafts(security);
        return cache.get("compare:" + fromPlan + ":" + fromVersion + "|" + toPlan + ":" + toVersion,
                List.of(fromPlan, toPlan),
                () -> ComparisonView.of(comparisons.compare(fromPlan, fromVersion, toPlan, toVersion, drafts)),
                c -> published(c.from().version()) && published(c.to().version()));
    }

    private static boolean published(PlanDtos.VersionSummary version) {
        return PlanVersion.PUBLISHED.equals(version.status());
    }

    private static String[] versionRef(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(field, field + ": 比較する版を plan:version の形で指定してください / name the version to compare as plan:version");
        }
        int colon = value.indexOf(':');
        return colon < 0 ? new String[] {value, "latest"}
                : new String[] {value.substring(0, colon), value.substring(colon + 1)};
    }
}
