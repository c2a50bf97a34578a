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
import kyoso.meeting.api.ProgramDtos.TeamView;
import kyoso.meeting.domain.Commands.IssueCommand;
import kyoso.meeting.domain.Commands.TeamCommand;
import kyoso.meeting.domain.ProgramEditor;
import kyoso.meeting.domain.ProgramService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/project-teams")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Project teams")
public class ProjectTeamResource {

    private final ProgramService programs;
    private final ProgramEditor editor;

    ProjectTeamResource(ProgramService programs, ProgramEditor editor) {
        this.programs = programs;
        this.editor = editor;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvFormat.TEXT_CSV})
    @Operation(summary = "List 庁内DXプロジェクトチーム by year with their issues", description = "Filter by 年度 (fiscalYear, e.g. 2025 = 令和7年度).")
    @APIResponse(responseCode = "200", description = "The list")
    public List<TeamView> list(
            @Parameter(description = "json (default) or csv: UTF-8 with BOM; applied by CsvFormat") @QueryParam("format") String format,
            @Parameter(description = "年度, e.g. 2025") @QueryParam("fiscalYear") Integer fiscalYear) {
        return programs.teams(fiscalYear).stream().map(TeamView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One team with its issues")
    @APIResponse(responseCode = "200", description = "The record")
    @APIResponse(responseCode = "404", description = "No such record")
    public TeamView get(@PathParam("id") long id) {
        return TeamView.of(programs.team(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEETING_SECRETARY)
    @Operation(summary = "Record a project team (meeting-secretary)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid input (problem+json naming the field)")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a meeting secretary")
    @APIResponse(responseCode = "409", description = "a team for that fiscal year exists")
    public Response create(@Valid @NotNull TeamCommand command, @Context UriInfo uri) {
        long id = editor.createTeam(command).id;
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(id)).build())
                .entity(TeamView.of(programs.team(id))).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEETING_SECRETARY)
    @Operation(summary = "Edit a project team (meeting-secretary)", description = "Replaces the record with its lists; send the lockVersion you read.")
    @APIResponse(responseCode = "200", description = "As now stored")
    @APIResponse(responseCode = "400", description = "Invalid input (problem+json naming the field)")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a meeting secretary")
    @APIResponse(responseCode = "404", description = "No such record")
    @APIResponse(responseCode = "409", description = "Changed by someone else, or a team for that fiscal year exists")
    public TeamView update(@PathParam("id") long id, @Valid @NotNull TeamCommand command) {
        editor.updateTeam(id, command);
        return TeamView.of(programs.team(id));
    }

    @POST
    @Path("/{id}/issues")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEETING_SECRETARY)
    @Operation(summary = "Add an in-house issue to a team (meeting-secretary)", description = "extendsIssueId links it to an earlier year's issue it builds on.")
    @APIResponse(responseCode = "201", description = "The team with the new issue")
    @APIResponse(responseCode = "400", description = "Invalid input (problem+json naming the field)")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a meeting secretary")
    @APIResponse(responseCode = "404", description = "No such team")
    @APIResponse(responseCode = "409", description = "The issue number is taken")
    public Response addIssue(@PathParam("id") long id, @Valid @NotNull IssueCommand command, @Context UriInfo uri) {
        long issueId = editor.addIssue(id, command).id;
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(issueId)).build())
                .entity(TeamView.of(programs.team(id))).build();
    }

    @PUT
    @Path("/{id}/issues/{issueId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEETING_SECRETARY)
    @Operation(summary = "Edit an in-house issue (meeting-secretary)", description = "Send the lockVersion you read.")
    @APIResponse(responseCode = "200", description = "The team with the edited issue")
    @APIResponse(responseCode = "400", description = "Invalid input (problem+json naming the field)")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a meeting secretary")
    @APIResponse(responseCode = "404", description = "No such team or issue")
    @APIResponse(responseCode = "409", description = "Changed by someone else, or number taken")
    public TeamView updateIssue(@PathParam("id") long id, @PathParam("issueId") long issueId,
                                @Valid @NotNull IssueCommand command) {
        editor.updateIssue(id, issueId, command);
        return TeamView.of(programs.team(id));
    }

    @DELETE
    @Path("/{id}/issues/{issueId}")
    @RolesAllowed(Roles.MEETING_SECRETARY)
    @Operation(summary = "Remove an in-house issue (meeting-secretary)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a meeting secretary")
    @APIResponse(responseCode = "404", description = "No such team or issue")
    @APIResponse(responseCode = "409", description = "A later issue extends this one")
    public void deleteIssue(@PathParam("id") long id, @PathParam("issueId") long issueId) {
        editor.deleteIssue(id, issueId);
    }
}
