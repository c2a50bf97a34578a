package kyoso.comment.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import kyoso.comment.api.ConsultationDtos.Detail;
import kyoso.comment.api.ConsultationDtos.Summary;
import kyoso.comment.domain.CityClock;
import kyoso.comment.domain.Consultation;
import kyoso.comment.domain.ConsultationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/consultations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consultations", description = "意見募集案件 (public comment procedures)")
public class ConsultationResource {

    private final ConsultationService consultations;
    private final CityClock clock;

    ConsultationResource(ConsultationService consultations, CityClock clock) {
        this.consultations = consultations;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "List consultations", description = "Newest first. status is the state now (open and closed follow the clock).")
    @APIResponse(responseCode = "200", description = "The consultations")
    public List<Summary> list() {
        Instant now = clock.now();
        return consultations.list().stream().map(c -> Summary.of(c, now)).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one consultation", description = "With its period, submission rules, documents, the outline snapshot sections can be referenced by, and its history.")
    @APIResponse(responseCode = "200", description = "The consultation")
    @APIResponse(responseCode = "404", description = "No such consultation")
    public Detail get(@PathParam("id") String id) {
        Consultation c = consultations.get(id);
        return Detail.of(c, consultations.transitions(c), clock.now());
    }
}
