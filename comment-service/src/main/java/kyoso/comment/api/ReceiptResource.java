package kyoso.comment.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kyoso.comment.api.SubmissionDtos.Status;
import kyoso.comment.domain.CityClock;
import kyoso.comment.domain.SubmissionService;
import kyoso.kit.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/submissions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Submissions")
public class ReceiptResource {

    static final String CHECK_CODE = "Check-Code";

    private final SubmissionService submissions;
    private final CityClock clock;

    ReceiptResource(SubmissionService submissions, CityClock clock) {
        this.submissions = submissions;
        this.clock = clock;
    }

    @GET
    @Path("/{receipt}")
    @Operation(summary = "The status of one's own submission", description = """
            Needs the check code in the Check-Code header (a header, so that it stays out of URLs and logs).
            An unknown receipt and a wrong code answer the same 404, so neither can be probed.""")
    @APIResponse(responseCode = "200", description = "The submission's status and what was sent (no personal data)")
    @APIResponse(responseCode = "404", description = "No submission with this receipt and check code")
    public Status status(@PathParam("receipt") String receipt,
                         @Parameter(description = "確認コード given with the receipt", required = true)
                         @HeaderParam(CHECK_CODE) String checkCode) {
        return submissions.lookup(receipt, checkCode)
                .map(a -> Status.of(a, clock.now()))
                .orElseThrow(() -> ProblemException.notFound("submission", receipt));
    }
}
