package kyoso.comment.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.List;
import kyoso.comment.api.ModerationDtos.ItemRequest;
import kyoso.comment.api.ModerationDtos.ItemView;
import kyoso.comment.domain.ModerationService;
import kyoso.comment.domain.OpinionItem;
import kyoso.comment.domain.Submission;
import kyoso.kit.problem.ProblemException;
import kyoso.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/consultations/{id}/items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COMMENT_MODERATOR, Roles.ADMIN})
@SecurityRequirement(name = "bearer")
@Tag(name = "Moderation", description = "意見の要旨 and 本市の考え方 (comment moderators)")
public class ItemResource {

    private final ModerationService moderation;

    ItemResource(ModerationService moderation) {
        this.moderation = moderation;
    }

    @GET
    @Operation(summary = "Every opinion item of the consultation, hidden ones included")
    @APIResponse(responseCode = "200", description = "The items")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a comment moderator")
    @APIResponse(responseCode = "404", description = "No such consultation")
    public List<ItemView> list(@PathParam("id") String id) {
        return moderation.items(id).stream().map(i -> ItemView.of(i, receiptOf(i))).toList();
    }

    @GET
    @Path("/redactions")
    @Operation(summary = "The redaction log: what kinds of personal information were left out of which item, and why")
    @APIResponse(responseCode = "200", description = "The log, oldest first")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a comment moderator")
    @APIResponse(responseCode = "404", description = "No such consultation")
    public List<ModerationDtos.RedactionView> redactions(@PathParam("id") String id) {
        return moderation.redactions(id).stream().map(ModerationDtos.RedactionView::of).toList();
    }

    @GET
    @Path("/proposals/{receipt}")
    @Operation(summary = "Proposed redaction of a submission's text", description = """
            Finds e-mail addresses, phone numbers, postal codes, My Number-like numbers (check digit),
            addresses and personal names (kuromoji 人名) and proposes the text with placeholders. The
            moderator accepts or edits it as the item's gist.""")
    @APIResponse(responseCode = "200", description = "Findings and the proposed text")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a comment moderator")
    @APIResponse(responseCode = "404", description = "No such consultation or submission")
    public ModerationService.Proposal proposal(@PathParam("id") String id, @PathParam("receipt") String receipt) {
        return moderation.proposeRedaction(id, receipt);
    }

    @POST
    @Operation(summary = "Take an opinion item out of a submission", description = "Possible while open, closed or answering.")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "A field is invalid, or a public text carries personal information (the message proposes a redaction)")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a comment moderator")
    @APIResponse(responseCode = "404", description = "No such consultation")
    @APIResponse(responseCode = "409", description = "The consultation's items are read-only now (published)")
    public Response add(@PathParam("id") String id, @NotNull(message = InputMessages.BODY_REQUIRED) @Valid ItemRequest body,
                        @Context SecurityContext security) {
        if (body.receipt() == null || body.receipt().isBlank()) {
            throw ProblemException.invalid("receipt", "receipt: どの提出意見の要旨か、受付番号を指定してください / name the receipt number of the submission");
        }
        OpinionItem item = moderation.add(id, body.receipt(), body.toDomain(), security.getUserPrincipal().getName());
        return Response.created(URI.create("/api/v1/consultations/" + id + "/items/" + item.id))
                .entity(ItemView.of(item, body.receipt())).build();
    }

    @PUT
    @Path("/{item}")
    @Operation(summary = "Edit an item: gist, section, answer (本市の考え方), category, what changed, hidden")
    @APIResponse(responseCode = "200", description = "Saved")
    @APIResponse(responseCode = "400", description = "A field is invalid, or a public text carries personal information")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a comment moderator")
    @APIResponse(responseCode = "404", description = "No such item")
    @APIResponse(responseCode = "409", description = "Someone saved first (current state in 'current'), or read-only after publication")
    public ItemView update(@PathParam("id") String id, @PathParam("item") long itemId,
                           @NotNull(message = InputMessages.BODY_REQUIRED) @Valid ItemRequest body,
                           @Context SecurityContext security) {
        if (body.version() == null) {
            throw ProblemException.invalid("version", "version: 読み込んだときの version を指定してください / send the version you read");
        }
        OpinionItem item = moderation.update(id, itemId, body.version(), body.toDomain(),
                security.getUserPrincipal().getName());
        return ItemView.of(item, receiptOf(item));
    }

    private static String receiptOf(OpinionItem item) {
        Submission s = Submission.findById(item.submissionId);
        return s.receiptNumber;
    }
}
