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
import kyoso.meeting.api.ProgramDtos.CohortView;
import kyoso.meeting.domain.Commands.CohortCommand;
import kyoso.meeting.domain.ProgramEditor;
import kyoso.meeting.domain.ProgramService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/leader-cohorts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Digital administration leaders")
public class LeaderCohortResource {

    private final ProgramService programs;
    private final ProgramEditor editor;

    LeaderCohortResource(ProgramService programs, ProgramEditor editor) {
        this.programs = programs;
        this.editor = editor;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvFormat.TEXT_CSV})
    @Operation(summary = "List デジタル行政推進リーダー育成研修 cohorts", description = "Filter by 年度 (fiscalYear, e.g. 2025 = 令和7年度).")
    @APIResponse(responseCode = "200", description = "The list")
    public List<CohortView> list(
            @Parameter(description = "json (default) or csv: UTF-8 with BOM; applied by CsvFormat") @QueryParam("format") String format,
            @Parameter(description = "年度, e.g. 2025") @QueryParam("fiscalYear") Integer fiscalYear) {
        return programs.cohorts(fiscalYear).stream().map(CohortView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One cohort with its presentations")
    @APIResponse(responseCode = "200", description = "The record")
    @APIResponse(responseCode = "404", description = "No such record")
    public CohortView get(@PathParam("id") long id) {
        return CohortView.of(programs.cohort(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEETING_SECRETARY)
    @Operation(summary = "Record a leader training cohort (meeting-secretary)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid input (problem+json naming the field)")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a meeting secretary")
    @APIResponse(responseCode = "409", description = "a cohort for that fiscal year exists")
    public Response create(@Valid @NotNull CohortCommand command, @Context UriInfo uri) {
        long id = editor.createCohort(command).id;
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(id)).build())
                .entity(CohortView.of(programs.cohort(id))).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEETING_SECRETARY)
    @Operation(summary = "Edit a leader training cohort (meeting-secretary)", description = "Replaces the record with its lists; send the lockVersion you read.")
    @APIResponse(responseCode = "200", description = "As now stored")
    @APIResponse(responseCode = "400", description = "Invalid input (problem+json naming the field)")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a meeting secretary")
    @APIResponse(responseCode = "404", description = "No such record")
    @APIResponse(responseCode = "409", description = "Changed by someone else, or a cohort for that fiscal year exists")
    public CohortView update(@PathParam("id") long id, @Valid @NotNull CohortCommand command) {
        editor.updateCohort(id, command);
        return CohortView.of(programs.cohort(id));
    }
}
