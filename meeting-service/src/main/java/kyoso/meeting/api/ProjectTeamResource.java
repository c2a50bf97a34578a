package kyoso.meeting.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kyoso.meeting.api.ProgramDtos.TeamView;
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

    ProjectTeamResource(ProgramService programs) {
        this.programs = programs;
    }

    @GET
    @Operation(summary = "List 庁内DXプロジェクトチーム by year with their issues", description = "Filter by 年度 (fiscalYear, e.g. 2025 = 令和7年度).")
    @APIResponse(responseCode = "200", description = "The list")
    public List<TeamView> list(@Parameter(description = "年度, e.g. 2025") @QueryParam("fiscalYear") Integer fiscalYear) {
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
}
