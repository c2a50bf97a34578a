package kyoso.meeting.api;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kyoso.kit.paging.Page;
import kyoso.meeting.api.MeetingDtos.MeetingDetail;
import kyoso.meeting.api.MeetingDtos.MeetingSummary;
import kyoso.meeting.domain.MeetingService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings", description = "Meetings (Popolo Event) of the council and the headquarters, with agendas and documents")
public class MeetingResource {

    private final MeetingService meetings;

    MeetingResource(MeetingService meetings) {
        this.meetings = meetings;
    }

    @GET
    @Operation(summary = "List meetings", description = "In date order (held date, else planned date). Filter by 年度, body and status.")
    @APIResponse(responseCode = "200", description = "One page of meetings")
    @APIResponse(responseCode = "400", description = "Bad filter, page or size")
    @APIResponse(responseCode = "404", description = "No such body")
    public Page<MeetingSummary> list(
            @Parameter(description = "年度 as the ISO year it starts in, e.g. 2025 = 令和7年度") @QueryParam("fiscalYear") Integer fiscalYear,
            @Parameter(description = "Body id or key, e.g. dx-council") @QueryParam("organization") String organization,
            @Parameter(description = "planned | held | cancelled") @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        Paging.check(page, size);
        return meetings.list(fiscalYear, organization, status, page, size).map(MeetingSummary::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One meeting with its agenda tree, documents and summary",
            description = "Agenda items may link to a plan version (plan-service) or a consultation (comment-service) by their public ids.")
    @APIResponse(responseCode = "200", description = "The meeting")
    @APIResponse(responseCode = "404", description = "No such meeting")
    public MeetingDetail get(@PathParam("id") long id) {
        return MeetingDetail.of(meetings.get(id));
    }
}
