package kyoso.comment.api;

import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.List;
import kyoso.comment.api.SubmissionDtos.QueueEntry;
import kyoso.comment.api.SubmissionDtos.StaffView;
import kyoso.comment.api.SubmissionDtos.Receipt;
import kyoso.comment.api.SubmissionDtos.StaffSubmissionRequest;
import kyoso.comment.api.SubmissionDtos.SubmissionRequest;
import kyoso.comment.domain.Channel;
import kyoso.comment.domain.ModerationService;
import kyoso.comment.domain.SubmissionQueue;
import kyoso.comment.domain.SubmissionService;
import kyoso.comment.domain.SubmissionService.Accepted;
import kyoso.kit.paging.Page;
import kyoso.kit.problem.ProblemException;
import kyoso.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/consultations/{id}/submissions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Submissions", description = "提出意見: sending an opinion, with receipt and check code")
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class SubmissionResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final SubmissionService submissions;
    private final ModerationService moderation;

    SubmissionResource(SubmissionService submissions, ModerationService moderation) {
        this.submissions = submissions;
        this.moderation = moderation;
    }

    @POST
    @Operation(summary = "Send an opinion (no account needed)", description = """
            Answers a receipt number and a secret check code. Send an Idempotency-Key header (e.g. a UUID made
            when the form is shown): a retry with the same key and body returns the first receipt (replayed=true)
            instead of a second submission. The server's clock decides the deadline: from closesAt on, 409.""")
    @APIResponse(responseCode = "201", description = "Stored; the receipt (replayed=true when an earlier request with this key made it)")
    @APIResponse(responseCode = "400", description = "A field is invalid (problem+json names it)")
    @APIResponse(responseCode = "404", description = "No such consultation")
    @APIResponse(responseCode = "409", description = "The consultation is not open (not yet, or closed)")
    @APIResponse(responseCode = "413", description = "The body is larger than 64 KB")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was already used with a different body")
    @NonBlocking
    public Uni<Response> submit(@PathParam("id") String id,
                           @Parameter(description = "Client-made unique key, up to 200 printable ASCII characters")
                           @HeaderParam(IDEMPOTENCY_KEY) @Size(max = 200, message = InputMessages.IDEMPOTENCY_KEY_LENGTH)
                           @Pattern(regexp = "^[\\x21-\\x7e]*$", message = InputMessages.IDEMPOTENCY_KEY_CHARACTERS)
                           String idempotencyKey,
                           @NotNull(message = "ご意見の内容を送ってください / send your opinion") @Valid SubmissionRequest body) {
        // Taken on the event loop: the common case only queues the opinion for the group commit and is
        // answered when its batch has committed; the rest goes to a worker (SubmissionService.submit).
        return Uni.createFrom().completionStage(submissions.submit(id, body.toDomain(), blankToNull(idempotencyKey)))
                .map(SubmissionResource::created);
    }

    @POST
    @Path("/staff-entries")
    @RolesAllowed({Roles.COMMENT_MODERATOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Enter an opinion that arrived by post, fax, e-mail or at the counter", description = """
            Staff only (comment-moderator). receivedAt must lie within the period; entry is possible while the
            consultation is open and after it closed, until answering starts. Idempotency-Key works as for citizens.""")
    @APIResponse(responseCode = "201", description = "Stored; the receipt")
    @APIResponse(responseCode = "400", description = "A field is invalid (problem+json names it)")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a comment moderator")
    @APIResponse(responseCode = "404", description = "No such consultation")
    @APIResponse(responseCode = "409", description = "The consultation no longer takes entries")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was already used with a different body")
    public Response enter(@PathParam("id") String id,
                          @HeaderParam(IDEMPOTENCY_KEY) @Size(max = 200, message = InputMessages.IDEMPOTENCY_KEY_LENGTH)
                          @Pattern(regexp = "^[\\x21-\\x7e]*$", message = InputMessages.IDEMPOTENCY_KEY_CHARACTERS)
                          String idempotencyKey,
                          @NotNull(message = InputMessages.BODY_REQUIRED) @Valid StaffSubmissionRequest body,
                          @Context SecurityContext security) {
        Channel channel = Channel.ofCode(body.channel())
                .orElseThrow(() -> ProblemException.invalid("channel", "channel: post、fax、email、counter から選んでください / channel must be one of post, fax, email, counter"));
        return created(submissions.enter(id, channel, body.receivedAt().toInstant(), body.opinion().toDomain(),
                security.getUserPrincipal().getName(), blankToNull(idempotencyKey)));
    }

    @GET
    @RolesAllowed({Roles.COMMENT_MODERATOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The moderators' queue of submissions, one page at a time", description = """
            Filtered, counted and paged by the database. q finds submissions whose text holds every word of it
            (cut into words by kuromoji, full-width and half-width alike) or whose receipt number contains it.
            Each entry counts the items taken out of the submission and those still unanswered. No contact details.""")
    @APIResponse(responseCode = "200", description = "One page of the queue and the number of submissions that match")
    @APIResponse(responseCode = "400", description = "A parameter is invalid (problem+json names it)")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a comment moderator")
    @APIResponse(responseCode = "404", description = "No such consultation")
    public Page<QueueEntry> list(
            @PathParam("id") String id,
            @Parameter(description = "Words of the opinion text, or part of a receipt number; up to 200 characters")
            @QueryParam("q") String q,
            @Parameter(description = "unsplit: not split into items / split / unanswered: an item waits for an answer / answered: split and every public item answered",
                    schema = @Schema(enumeration = {"unsplit", "split", "unanswered", "answered"}))
            @QueryParam("state") String state,
            @Parameter(schema = @Schema(enumeration = {"web", "post", "fax", "email", "counter"}))
            @QueryParam("channel") String channel,
            @Parameter(description = "A key of the consultation's outline the submission refers to, e.g. guidelines")
            @QueryParam("section") String section,
            @Parameter(description = "The submitter's attribute", schema = @Schema(enumeration = {"resident", "worker", "student", "business", "other"}))
            @QueryParam("attribute") String attribute,
            @Parameter(description = "received-desc (newest first, default) / received-asc / receipt",
                    schema = @Schema(enumeration = {"received-desc", "received-asc", "receipt"}))
            @QueryParam("sort") String sort,
            @Parameter(description = "0-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1-200", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50"))
            @QueryParam("size") String size) {
        return submissions.queue(id, SubmissionQueue.query(q, state, channel, section, attribute, sort, page, size))
                .map(QueueEntry::of);
    }

    @GET
    @Path("/progress")
    @RolesAllowed({Roles.COMMENT_MODERATOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "How many submissions there are, how many are not yet split into items, how many items wait for an answer")
    @APIResponse(responseCode = "200", description = "The three counts")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a comment moderator")
    @APIResponse(responseCode = "404", description = "No such consultation")
    public SubmissionDtos.Progress progress(@PathParam("id") String id) {
        return SubmissionDtos.Progress.of(moderation.progress(id));
    }

    @GET
    @Path("/{receipt}")
    @RolesAllowed({Roles.COMMENT_MODERATOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "One submission as moderators see it (no contact details)")
    @APIResponse(responseCode = "200", description = "The submission")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a comment moderator")
    @APIResponse(responseCode = "404", description = "No such submission in this consultation")
    public StaffView get(@PathParam("id") String id, @PathParam("receipt") String receipt) {
        return StaffView.of(submissions.get(id, receipt));
    }

    @GET
    @Path("/duplicates")
    @RolesAllowed({Roles.COMMENT_MODERATOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Groups of identical and near-identical submissions (form letters)", description = """
            Identical after NFKC normalization without spaces and punctuation, or alike by kuromoji tokens at
            least kyoso.comment.duplicate-similarity (default 0.6). Only groups of two or more, largest first.""")
    @APIResponse(responseCode = "200", description = "The groups")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a comment moderator")
    @APIResponse(responseCode = "404", description = "No such consultation")
    public List<SubmissionDtos.DuplicateGroup> duplicates(@PathParam("id") String id) {
        return submissions.duplicates(id).stream().map(SubmissionDtos.DuplicateGroup::of).toList();
    }

    @GET
    @Path("/{receipt}/contact")
    @RolesAllowed({Roles.COMMENT_MODERATOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "A submitter's contact details (moderators; each read is logged)")
    @APIResponse(responseCode = "200", description = "Decrypted contact details")
    @APIResponse(responseCode = "204", description = "The submitter gave none")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a comment moderator")
    @APIResponse(responseCode = "404", description = "No such submission in this consultation")
    @APIResponse(responseCode = "410", description = "Deleted after the retention period")
    public Response contact(@PathParam("id") String id, @PathParam("receipt") String receipt,
                            @Context SecurityContext security) {
        return submissions.contact(id, receipt, security.getUserPrincipal().getName())
                .map(p -> Response.ok(SubmissionDtos.Contact.of(p)).build())
                .orElseGet(() -> Response.noContent().build());
    }

    private static Response created(Accepted accepted) {
        return Response.created(URI.create("/api/v1/submissions/" + accepted.submission().receiptNumber))
                .entity(Receipt.of(accepted)).build();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
