package kyoso.meeting.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kyoso.meeting.api.ProgramDtos.ScheduleEntryView;
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

    ScheduleResource(ProgramService programs) {
        this.programs = programs;
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
}
