package kyoso.comment.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import kyoso.comment.api.ConsultationRequests.Create;
import kyoso.comment.api.ConsultationRequests.Transition;
import kyoso.comment.domain.ConsultationLifecycle;
import kyoso.comment.domain.ConsultationStatus;
import kyoso.kit.problem.ProblemException;
import kyoso.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import kyoso.comment.api.ConsultationDtos.Detail;
import kyoso.comment.api.ConsultationDtos.Summary;
import kyoso.comment.domain.CityClock;
import kyoso.comment.domain.Consultation;
import kyoso.comment.domain.ConsultationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/consultations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consultations", description = "意見募集案件 (public comment procedures)")
public class ConsultationResource {

    // JSON and CSV are one operation in the OpenAPI document: both methods describe it the same way.
    static final String LIST_SUMMARY = "List consultations";
    static final String LIST_DESCRIPTION = """
            Newest first; status is the state now (open and closed follow the clock). Drafts are listed only
            for comment moderators (with their token); the public sees a consultation once it is scheduled.
            ?format=csv (or Accept: text/csv) gives the same list as CSV in UTF-8 with BOM.""";
    static final String LIST_200 = "The consultations (JSON or CSV)";

    private final ConsultationService consultations;
    private final ConsultationLifecycle lifecycle;
    private final CityClock clock;

    ConsultationResource(ConsultationService consultations, ConsultationLifecycle lifecycle, CityClock clock) {
        this.consultations = consultations;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    @GET
    @Operation(summary = LIST_SUMMARY, description = LIST_DESCRIPTION)
    @APIResponse(responseCode = "200", description = LIST_200)
    public List<Summary> list(@Context SecurityContext security) {
        Instant now = clock.now();
        return consultations.list(isStaff(security)).stream().map(c -> Summary.of(c, now)).toList();
    }

    @GET
    @Produces(FormatQueryFilter.CSV)
    @Operation(summary = LIST_SUMMARY, description = LIST_DESCRIPTION)
    @APIResponse(responseCode = "200", description = LIST_200)
    public Response listCsv(@Context SecurityContext security) {
        Instant now = clock.now();
        return Csv.download("consultations.csv", List.of("識別子", "件名", "状態", "計画", "版", "募集開始日", "募集最終日", "日数"),
                consultations.list(isStaff(security)).stream().map(c -> Summary.of(c, now)).toList(), s -> java.util.Arrays.asList(
                        s.id(), s.title(), s.status().label(), s.plan().name(), s.plan().versionLabel(),
                        s.period().firstDay() == null ? null : s.period().firstDay().label(),
                        s.period().lastDay() == null ? null : s.period().lastDay().label(), s.period().days()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one consultation", description = "With its period, submission rules, documents, the outline snapshot sections can be referenced by, and its history. A draft is 404 except to comment moderators.")
    @APIResponse(responseCode = "200", description = "The consultation")
    @APIResponse(responseCode = "404", description = "No such consultation")
    public Detail get(@PathParam("id") String id, @Context SecurityContext security) {
        return detail(consultations.get(id, isStaff(security)));
    }

    /** Those who prepare consultations, who alone see drafts. */
    private static boolean isStaff(SecurityContext security) {
        return security.isUserInRole(Roles.COMMENT_MODERATOR) || security.isUserInRole(Roles.ADMIN);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMMENT_MODERATOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Create a consultation on a plan version (state draft)", description = """
            Takes a snapshot of the version's section outline from plan-service. If plan-service does not
            answer, the consultation is created without outline (outlineTakenAt null); take it again with
            POST /{id}/outline before scheduling.""")
    @APIResponse(responseCode = "201", description = "Created, in state draft")
    @APIResponse(responseCode = "400", description = "A field is invalid, or plan-service has no such plan version")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a comment moderator")
    @APIResponse(responseCode = "409", description = "The id is taken")
    public Response create(@NotNull(message = InputMessages.BODY_REQUIRED) @Valid Create body, @Context SecurityContext security) {
        Consultation c = lifecycle.createOnPlan(body.toDomain(), security.getUserPrincipal().getName());
        return Response.created(URI.create("/api/v1/consultations/" + c.code)).entity(detail(c)).build();
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMMENT_MODERATOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Move a consultation to another state", description = """
            draft→scheduled (needs outline and a valid period), scheduled→draft, closed→answering,
            answering→published, published→archived. Opening and closing happen on time by themselves.
            Each transition is recorded with time, actor and reason.""")
    @APIResponse(responseCode = "200", description = "The consultation in its new state")
    @APIResponse(responseCode = "400", description = "Unknown state")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a comment moderator")
    @APIResponse(responseCode = "404", description = "No such consultation")
    @APIResponse(responseCode = "409", description = "Not allowed from the current state (the message says which are)")
    public Detail transition(@PathParam("id") String id, @NotNull(message = InputMessages.BODY_REQUIRED) @Valid Transition body,
                             @Context SecurityContext security) {
        ConsultationStatus target = ConsultationStatus.ofCode(body.to())
                .orElseThrow(() -> ProblemException.invalid("to", "to: 「" + body.to() + "」という状態はありません / no state '" + body.to() + "'"));
        return detail(lifecycle.transition(id, target, body.reason(), security.getUserPrincipal().getName()));
    }

    @POST
    @Path("/{id}/outline")
    @RolesAllowed({Roles.COMMENT_MODERATOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Take the outline snapshot again from plan-service", description = "Only while the consultation is a draft.")
    @APIResponse(responseCode = "200", description = "The consultation with its new outline")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a comment moderator")
    @APIResponse(responseCode = "404", description = "No such consultation")
    @APIResponse(responseCode = "409", description = "The consultation is no longer a draft")
    @APIResponse(responseCode = "503", description = "plan-service did not answer")
    public Detail retakeOutline(@PathParam("id") String id) {
        return detail(lifecycle.retakeOutline(id));
    }

    private Detail detail(Consultation c) {
        return Detail.of(c, consultations.transitions(c), clock.now());
    }
}
