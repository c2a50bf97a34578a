package kyoso.plan.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import kyoso.kit.problem.Problem;
import kyoso.kit.problem.ProblemException;
import kyoso.kit.security.Roles;
import kyoso.plan.api.EditDtos.DraftInput;
import kyoso.plan.api.EditDtos.MoveInput;
import kyoso.plan.api.EditDtos.NodeInput;
import kyoso.plan.api.EditDtos.RevisionView;
import kyoso.plan.api.PlanDtos.Node;
import kyoso.plan.api.PlanDtos.VersionSummary;
import kyoso.plan.domain.MasterPlanService;
import kyoso.plan.domain.PlanEditService;
import kyoso.plan.domain.PlanService;
import kyoso.plan.domain.RevisionLog;
import kyoso.plan.domain.SectionNode;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff drafting of a plan (plan-editor): drafts, node edits, publication, revision history. */
@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PLAN_EDITOR, Roles.ADMIN})
@SecurityRequirement(name = "bearer")
@Tag(name = "Plan drafting", description = "Drafts, node edits and publication (plan-editor); every change is in the revision history")
public class PlanEditResource {

    private final PlanEditService edits;
    private final PlanService plans;
    private final MasterPlanService masterPlans;
    private final RevisionLog revisions;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    PlanEditResource(PlanEditService edits, PlanService plans, MasterPlanService masterPlans, RevisionLog revisions) {
        this.edits = edits;
        this.plans = plans;
        this.masterPlans = masterPlans;
        this.revisions = revisions;
    }

    @POST
    @Path("/{plan}/versions")
    @RolesAllowed(Roles.PLAN_EDITOR)
    @Operation(summary = "Create a draft as a copy of a version")
    @APIResponse(responseCode = "201", description = "The draft; Location names its tree",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionSummary.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, naming each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a plan-editor")
    @APIResponse(responseCode = "404", description = "No such plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response createDraft(@PathParam("plan") String plan, @Valid @NotNull DraftInput input) {
        var draft = edits.createDraft(plan, input.from(), input.code(), input.label(), input.dated(), actor());
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("api/v1/plans/{plan}/versions/{version}/tree").build(plan, draft.code))
                .entity(VersionSummary.of(draft)).build();
    }

    @POST
    @Path("/{plan}/versions/{version}/publish")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.PLAN_EDITOR)
    @Operation(summary = "Publish a draft; it is immutable afterwards")
    @APIResponse(responseCode = "200", description = "The published version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionSummary.class)))
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a plan-editor")
    @APIResponse(responseCode = "404", description = "No such plan or version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already published",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VersionSummary publish(@PathParam("plan") String plan, @PathParam("version") String version) {
        return VersionSummary.of(edits.publish(plan, version, actor()));
    }

    @POST
    @Path("/{plan}/versions/{version}/nodes")
    @RolesAllowed(Roles.PLAN_EDITOR)
    @Operation(summary = "Add a node to a draft")
    @APIResponse(responseCode = "201", description = "The new node; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Node.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, naming each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a plan-editor")
    @APIResponse(responseCode = "404", description = "No such plan or version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The version is published",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addNode(@PathParam("plan") String plan, @PathParam("version") String version,
                            @Valid @NotNull NodeInput input) {
        SectionNode node = edits.addNode(plan, version, input.key(), input.parentKey(), input.order(), input.fields(),
                actor());
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("api/v1/plans/{plan}/versions/{version}/nodes/{key}").build(plan, version, node.key))
                .entity(view(plan, node)).build();
    }

    @PUT
    @Path("/{plan}/versions/{version}/nodes/{key}")
    @RolesAllowed(Roles.PLAN_EDITOR)
    @Operation(summary = "Edit a node of a draft; send the lockVersion you read")
    @APIResponse(responseCode = "200", description = "The edited node (without children)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Node.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, naming each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a plan-editor")
    @APIResponse(responseCode = "404", description = "No such plan, version or node",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The version is published, or someone else changed the node ('current' holds it)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Node editNode(@PathParam("plan") String plan, @PathParam("version") String version,
                         @PathParam("key") String key, @Valid @NotNull NodeInput input) {
        return view(plan, edits.editNode(plan, version, key, MeasureResource.lockVersion(input.lockVersion()),
                input.fields(), actor()));
    }

    @POST
    @Path("/{plan}/versions/{version}/nodes/{key}/move")
    @RolesAllowed(Roles.PLAN_EDITOR)
    @Operation(summary = "Move a node of a draft under another parent and/or to another position")
    @APIResponse(responseCode = "200", description = "The moved node (without children)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Node.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, naming each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a plan-editor")
    @APIResponse(responseCode = "404", description = "No such plan, version or node",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The version is published, or someone else changed the node ('current' holds it)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Node moveNode(@PathParam("plan") String plan, @PathParam("version") String version,
                         @PathParam("key") String key, @Valid @NotNull MoveInput input) {
        return view(plan, edits.moveNode(plan, version, key, input.lockVersion(), input.parentKey(), input.order(),
                actor()));
    }

    @DELETE
    @Path("/{plan}/versions/{version}/nodes/{key}")
    @RolesAllowed(Roles.PLAN_EDITOR)
    @Operation(summary = "Delete a node of a draft with its subtree; pass the lockVersion you read")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", description = "lockVersion missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a plan-editor")
    @APIResponse(responseCode = "404", description = "No such plan, version or node",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The version is published, or someone else changed the node ('current' holds it)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void deleteNode(@PathParam("plan") String plan, @PathParam("version") String version,
                           @PathParam("key") String key, @QueryParam("lockVersion") Integer lockVersion) {
        edits.deleteNode(plan, version, key, MeasureResource.lockVersion(lockVersion), actor());
    }

    @GET
    @Path("/{plan}/revisions")
    @Operation(summary = "The plan's revision history, newest first (who, when, what)",
            description = "version narrows it to one version; measure changes are listed under their plan.")
    @APIResponse(responseCode = "200", description = "The revisions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = RevisionView.class)))
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Neither plan-editor nor admin")
    @APIResponse(responseCode = "404", description = "No such plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<RevisionView> revisions(@PathParam("plan") String plan, @QueryParam("version") String version) {
        plans.plan(plan).orElseThrow(() -> ProblemException.notFound("plan", plan));
        return revisions.history(plan, version).stream().map(RevisionView::of).toList();
    }

    private Node view(String plan, SectionNode node) {
        var policies = plans.plan(plan).map(p -> masterPlans.basicPolicies(p.masterPlanCode)).orElse(Map.of());
        return PlanDtos.node(node, policies, List.of());
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }
}
