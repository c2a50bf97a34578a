package kyoso.meeting.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kyoso.meeting.api.ProgramDtos.AppointmentView;
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

    AdvisorAppointmentResource(ProgramService programs) {
        this.programs = programs;
    }

    @GET
    @Operation(summary = "List DXアドバイザー appointments", description = "Filter by 年度 (fiscalYear, e.g. 2025 = 令和7年度).")
    @APIResponse(responseCode = "200", description = "The list")
    public List<AppointmentView> list(@Parameter(description = "年度, e.g. 2025") @QueryParam("fiscalYear") Integer fiscalYear) {
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
}
