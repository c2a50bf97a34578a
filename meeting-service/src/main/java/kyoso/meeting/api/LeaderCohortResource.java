package kyoso.meeting.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kyoso.meeting.api.ProgramDtos.CohortView;
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

    LeaderCohortResource(ProgramService programs) {
        this.programs = programs;
    }

    @GET
    @Operation(summary = "List デジタル行政推進リーダー育成研修 cohorts", description = "Filter by 年度 (fiscalYear, e.g. 2025 = 令和7年度).")
    @APIResponse(responseCode = "200", description = "The list")
    public List<CohortView> list(@Parameter(description = "年度, e.g. 2025") @QueryParam("fiscalYear") Integer fiscalYear) {
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
}
