package kyoso.meeting.api;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import kyoso.kit.security.Roles;
import kyoso.meeting.api.ProgramDtos.AppointmentView;
import kyoso.meeting.domain.Commands.AppointmentCommand;
import kyoso.meeting.domain.ProgramEditor;
import kyoso.meeting.domain.ProgramService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/advisor-appointments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "DX advisors")
public class AdvisorAppointmentResource {

    private final ProgramService programs;
    private final ProgramEditor editor;

    AdvisorAppointmentResource(ProgramService programs, ProgramEditor editor) {
        this.programs = programs;
        this.editor = editor;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvFormat.TEXT_CSV})
    @Operation(summary = "List DXアドバイザー appointments", description = "Filter by 年度 (fiscalYear, e.g. 2025 = 令和7年度).")
    @APIResponse(responseCode = "200", description = "The list")
    public List<AppointmentView> list(
            @Parameter(description = "json (default) or csv: UTF-8 with BOM; applied by CsvFormat") @QueryParam("format") String format,
            @Parameter(description = "年度, e.g. 2025") @QueryParam("fiscalYear") Integer fiscalYear) {
        return programs.appointments(fiscalYear).stream().map(AppointmentView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One appointment with its roles and advisors")
    @APIResponse(responseCode = "200", description = "The record")
    @APIResponse(responseCode = "404", description = "No such record")
    public AppointmentView get(@PathParam("id") long id) {
        return AppointmentView.of(programs.appointment(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEETING_SECRETARY)
    @Operation(summary = "Record a DXアドバイザー appointment (meeting-secretary)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid input (problem+json naming the field)")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a meeting secretary")
    public Response create(@Valid @NotNull AppointmentCommand command, @Context UriInfo uri) {
        long id = editor.createAppointment(command).id;
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(id)).build())
                .entity(AppointmentView.of(programs.appointment(id))).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEETING_SECRETARY)
    @Operation(summary = "Edit a DXアドバイザー appointment (meeting-secretary)", description = "Replaces the record with its lists; send the lockVersion you read.")
    @APIResponse(responseCode = "200", description = "As now stored")
    @APIResponse(responseCode = "400", description = "Invalid input (problem+json naming the field)")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a meeting secretary")
    @APIResponse(responseCode = "404", description = "No such record")
    @APIResponse(responseCode = "409", description = "Changed by someone else")
    public AppointmentView update(@PathParam("id") long id, @Valid @NotNull AppointmentCommand command) {
        editor.updateAppointment(id, command);
        return AppointmentView.of(programs.appointment(id));
    }
}
