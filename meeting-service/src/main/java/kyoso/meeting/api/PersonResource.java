package kyoso.meeting.api;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kyoso.kit.paging.Page;
import kyoso.meeting.api.BodyDtos.PersonView;
import kyoso.meeting.domain.BodyService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/people")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "People (Popolo Person) in 五十音順 by kana reading")
public class PersonResource {

    private final BodyService bodies;

    PersonResource(BodyService bodies) {
        this.bodies = bodies;
    }

    @GET
    @Operation(summary = "List people in 五十音順", description = "Each with their memberships; filter by body key.")
    @APIResponse(responseCode = "200", description = "One page of people")
    @APIResponse(responseCode = "400", description = "Bad page or size")
    public Page<PersonView> list(
            @Parameter(description = "Body key, e.g. dx-council") @QueryParam("organization") String organization,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        Paging.check(page, size);
        return bodies.people(organization, page, size).map(PersonView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One person with their memberships", description = "id is the numeric id or the key.")
    @APIResponse(responseCode = "200", description = "The person")
    @APIResponse(responseCode = "404", description = "No such person")
    public PersonView get(@PathParam("id") String id) {
        return PersonView.of(bodies.person(id));
    }
}
