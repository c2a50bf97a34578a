package kyoso.meeting.api;

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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import kyoso.kit.security.Roles;
import kyoso.meeting.api.ProgramDtos.ScheduleEntryView;
import kyoso.meeting.domain.Commands.ScheduleCommand;
import kyoso.meeting.domain.ProgramEditor;
import kyoso.meeting.domain.ProgramService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/schedule")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Schedule", description = "The fiscal year's timeline: council meetings, 委員提言, DX推進本部, パブリックコメント, 策定")
public class ScheduleResource {

    private final ProgramService programs;
    private final ProgramEditor editor;

    ScheduleResource(ProgramService programs, ProgramEditor editor) {
        this.programs = programs;
        this.editor = editor;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvFormat.TEXT_CSV})
    @Operation(summary = "The fiscal-year schedule as a timeline",
            description = "Planned dates as published (to the day, the month or the year) beside the actual date where known; meeting steps take it from the meeting.")
    @APIResponse(responseCode = "200", description = "The timeline in planned order")
    public List<ScheduleEntryView> list(
            @Parameter(description = "json (default) or csv: UTF-8 with BOM; applied by CsvFormat") @QueryParam("format") String format,
            @Parameter(description = "年度, e.g. 2025") @QueryParam("fiscalYear") Integer fiscalYear) {
        return programs.schedule(fiscalYear).stream().map(ScheduleEntryView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One step of the schedule")
    @APIResponse(responseCode = "200", description = "The step")
    @APIResponse(responseCode = "404", description = "No such step")
    public ScheduleEntryView get(@PathParam("id") long id) {
        return ScheduleEntryView.of(programs.scheduleEntry(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEETING_SECRETARY)
    @Operation(summary = "Add a step to the schedule (meeting-secretary)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid input (problem+json naming the field)")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a meeting secretary")
    public Response create(@Valid @NotNull ScheduleCommand command, @Context UriInfo uri) {
        long id = editor.createScheduleEntry(command).id;
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(id)).build())
                .entity(ScheduleEntryView.of(programs.scheduleEntry(id))).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEETING_SECRETARY)
    @Operation(summary = "Edit a step, e.g. record its actual date (meeting-secretary)", description = "Send the lockVersion you read. A meeting step takes its actual date from the meeting.")
    @APIResponse(responseCode = "200", description = "As now stored")
    @APIResponse(responseCode = "400", description = "Invalid input (problem+json naming the field)")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a meeting secretary")
    @APIResponse(responseCode = "404", description = "No such step")
    @APIResponse(responseCode = "409", description = "Changed by someone else")
    public ScheduleEntryView update(@PathParam("id") long id, @Valid @NotNull ScheduleCommand command) {
        editor.updateScheduleEntry(id, command);
        return ScheduleEntryView.of(programs.scheduleEntry(id));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.MEETING_SECRETARY)
    @Operation(summary = "Remove a step from the schedule (meeting-secretary)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a meeting secretary")
    @APIResponse(responseCode = "404", description = "No such step")
    public void delete(@PathParam("id") long id) {
        editor.deleteScheduleEntry(id);
    }
}
