package kyoso.meeting.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kyoso.meeting.api.BodyDtos.OrganizationDetail;
import kyoso.meeting.api.BodyDtos.OrganizationView;
import kyoso.meeting.domain.BodyService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations", description = "Bodies (Popolo Organization): 金沢市DX会議, 金沢市DX推進本部, 庁内DXプロジェクトチーム")
public class OrganizationResource {

    private final BodyService bodies;

    OrganizationResource(BodyService bodies) {
        this.bodies = bodies;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvFormat.TEXT_CSV})
    @Operation(summary = "List the bodies", description = "In the city's order; filter by classification (council, headquarters, project-team, municipality).")
    @APIResponse(responseCode = "200", description = "The bodies")
    public List<OrganizationView> list(
            @Parameter(description = "json (default) or csv: UTF-8 with BOM; applied by CsvFormat") @QueryParam("format") String format,
            @Parameter(description = "council | headquarters | project-team | municipality") @QueryParam("classification") String classification) {
        return bodies.organizations(classification).stream().map(OrganizationView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One body with its members and posts", description = "id is the numeric id or the key (e.g. dx-council). Members follow 五十音順 by kana reading.")
    @APIResponse(responseCode = "200", description = "The body")
    @APIResponse(responseCode = "404", description = "No such body")
    public OrganizationDetail get(@PathParam("id") String id) {
        return OrganizationDetail.of(bodies.organization(id));
    }
}
