package kyoso.meeting.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import jakarta.ws.rs.core.UriInfo;
import kyoso.kit.paging.Page;
import kyoso.kit.security.Roles;
import kyoso.meeting.api.MeetingDtos.DocumentView;
import kyoso.meeting.api.MeetingDtos.MeetingDetail;
import kyoso.meeting.api.MeetingDtos.MeetingSummary;
import kyoso.meeting.domain.Commands.AgendaCommand;
import kyoso.meeting.domain.Commands.DocumentCommand;
import kyoso.meeting.domain.Commands.MeetingCommand;
import kyoso.meeting.domain.Commands.SummaryCommand;
import kyoso.meeting.domain.MeetingEditor;
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
    private final MeetingEditor editor;

    MeetingResource(MeetingService meetings, MeetingEditor editor) {
        this.meetings = meetings;
        this.editor = editor;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvFormat.TEXT_CSV})
    @Operation(summary = "List meetings", description = "In date order (held date, else planned date). Filter by 年度, body, kind of body and status.")
    @APIResponse(responseCode = "200", description = "One page of meetings")
    @APIResponse(responseCode = "400", description = "Bad filter, page or size")
    @APIResponse(responseCode = "404", description = "No such body")
    public Page<MeetingSummary> list(
            @Parameter(description = "json (default) or csv: UTF-8 with BOM; applied by CsvFormat") @QueryParam("format") String format,
            @Parameter(description = "年度 as the ISO year it starts in, e.g. 2025 = 令和7年度") @QueryParam("fiscalYear") Integer fiscalYear,
            @Parameter(description = "Body id or key, e.g. dx-council") @QueryParam("organization") String organization,
            @Parameter(description = "Kind of body: council | headquarters | project-team") @QueryParam("kind") String kind,
            @Parameter(description = "planned | held | cancelled") @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Page size, 1-200; default 20, or 200 for format=csv") @QueryParam("size") Integer askedSize) {
        int size = Paging.size(askedSize, format);
        Page.check(page, size);
        return meetings.list(fiscalYear, organization, kind, status, page, size).map(MeetingSummary::of);
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

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEETING_SECRETARY)
    @Operation(summary = "Create a meeting (meeting-secretary)", description = "status defaults to planned; dates must fall in the fiscal year.")
    @APIResponse(responseCode = "201", description = "Created; Location names the meeting")
    @APIResponse(responseCode = "400", description = "Invalid input (problem+json naming the field)")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a meeting secretary")
    @APIResponse(responseCode = "409", description = "The body already has a meeting with that number in that fiscal year")
    public Response create(@Valid @NotNull MeetingCommand command, @Context UriInfo uri) {
        long id = editor.create(command).id;
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(id)).build())
                .entity(MeetingDetail.of(meetings.get(id))).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEETING_SECRETARY)
    @Operation(summary = "Edit a meeting (meeting-secretary)", description = "Send the lockVersion you read; a stale one is a 409.")
    @APIResponse(responseCode = "200", description = "The meeting as now stored")
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a meeting secretary")
    @APIResponse(responseCode = "404", description = "No such meeting")
    @APIResponse(responseCode = "409", description = "Changed by someone else, or number taken")
    public MeetingDetail update(@PathParam("id") long id, @Valid @NotNull MeetingCommand command) {
        editor.update(id, command);
        return MeetingDetail.of(meetings.get(id));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed(Roles.MEETING_SECRETARY)
    @Operation(summary = "Cancel a planned meeting (meeting-secretary)")
    @APIResponse(responseCode = "200", description = "The meeting, now cancelled")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a meeting secretary")
    @APIResponse(responseCode = "404", description = "No such meeting")
    @APIResponse(responseCode = "409", description = "The meeting was already held")
    public MeetingDetail cancel(@PathParam("id") long id) {
        editor.cancel(id);
        return MeetingDetail.of(meetings.get(id));
    }

    @PUT
    @Path("/{id}/summary")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEETING_SECRETARY)
    @Operation(summary = "Record the summary of a meeting (meeting-secretary)")
    @APIResponse(responseCode = "200", description = "The meeting")
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a meeting secretary")
    @APIResponse(responseCode = "404", description = "No such meeting")
    @APIResponse(responseCode = "409", description = "Changed by someone else")
    public MeetingDetail summary(@PathParam("id") long id, @Valid @NotNull SummaryCommand command) {
        editor.recordSummary(id, command);
        return MeetingDetail.of(meetings.get(id));
    }

    @PUT
    @Path("/{id}/agenda")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEETING_SECRETARY)
    @Operation(summary = "Replace the agenda tree of a meeting (meeting-secretary)",
            description = "The whole tree at once (items with children). Links: planKey + planVersionKey, consultationId, relatedMeetingId, advisorAppointmentId, leaderCohortId, projectTeamId.")
    @APIResponse(responseCode = "200", description = "The meeting with its new agenda")
    @APIResponse(responseCode = "400", description = "Invalid input or a link to a record that does not exist")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a meeting secretary")
    @APIResponse(responseCode = "404", description = "No such meeting")
    @APIResponse(responseCode = "409", description = "Changed by someone else")
    public MeetingDetail agenda(@PathParam("id") long id, @Valid @NotNull AgendaCommand command) {
        editor.replaceAgenda(id, command);
        return MeetingDetail.of(meetings.get(id));
    }

    @POST
    @Path("/{id}/documents")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEETING_SECRETARY)
    @Operation(summary = "Add a document to a meeting (meeting-secretary)")
    @APIResponse(responseCode = "201", description = "The document")
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a meeting secretary")
    @APIResponse(responseCode = "404", description = "No such meeting")
    public Response addDocument(@PathParam("id") long id, @Valid @NotNull DocumentCommand command, @Context UriInfo uri) {
        DocumentView document = DocumentView.of(editor.addDocument(id, command));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(document.id())).build())
                .entity(document).build();
    }

    @DELETE
    @Path("/{id}/documents/{documentId}")
    @RolesAllowed(Roles.MEETING_SECRETARY)
    @Operation(summary = "Remove a document from a meeting (meeting-secretary)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a meeting secretary")
    @APIResponse(responseCode = "404", description = "No such meeting or document")
    public void deleteDocument(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        editor.deleteDocument(id, documentId);
    }
}
