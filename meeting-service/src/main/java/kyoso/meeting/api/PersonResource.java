package kyoso.meeting.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import kyoso.kit.paging.Page;
import kyoso.kit.security.Roles;
import kyoso.meeting.api.BodyDtos.PersonView;
import kyoso.meeting.domain.BodyEditor;
import kyoso.meeting.domain.BodyService;
import kyoso.meeting.domain.Commands.PersonCommand;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/people")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "People (Popolo Person) in 五十音順 by kana reading")
public class PersonResource {

    private final BodyService bodies;
    private final BodyEditor editor;

    PersonResource(BodyService bodies, BodyEditor editor) {
        this.bodies = bodies;
        this.editor = editor;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvFormat.TEXT_CSV})
    @Operation(summary = "List people in 五十音順", description = "Each with their memberships; filter by body key.")
    @APIResponse(responseCode = "200", description = "One page of people")
    @APIResponse(responseCode = "400", description = "Bad page or size")
    public Page<PersonView> list(
            @Parameter(description = "json (default) or csv: UTF-8 with BOM; applied by CsvFormat") @QueryParam("format") String format,
            @Parameter(description = "Body key, e.g. dx-council") @QueryParam("organization") String organization,
            @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Page size, 1-200; default 20, or 200 for format=csv") @QueryParam("size") Integer askedSize) {
        int size = Paging.size(askedSize, format);
        Page.check(page, size);
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

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEETING_SECRETARY)
    @Operation(summary = "Add a person (meeting-secretary)", description = "nameReading in kana orders every list (五十音順).")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid input (problem+json naming the field)")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a meeting secretary")
    @APIResponse(responseCode = "409", description = "The key is taken")
    public Response create(@Valid @NotNull PersonCommand command, @Context UriInfo uri) {
        String key = editor.createPerson(command).key;
        return Response.created(uri.getAbsolutePathBuilder().path(key).build()).entity(PersonView.of(bodies.person(key))).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEETING_SECRETARY)
    @Operation(summary = "Edit a person (meeting-secretary)", description = "Send the lockVersion you read.")
    @APIResponse(responseCode = "200", description = "The person as now stored")
    @APIResponse(responseCode = "400", description = "Invalid input (problem+json naming the field)")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a meeting secretary")
    @APIResponse(responseCode = "404", description = "No such person")
    @APIResponse(responseCode = "409", description = "Changed by someone else, or key taken")
    public PersonView update(@PathParam("id") String id, @Valid @NotNull PersonCommand command) {
        return PersonView.of(bodies.person(editor.updatePerson(id, command).key));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.MEETING_SECRETARY)
    @Operation(summary = "Remove a person added by mistake (meeting-secretary)",
            description = "id is the numeric id or the key. Only a person without memberships; remove those first.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a meeting secretary")
    @APIResponse(responseCode = "404", description = "No such person")
    @APIResponse(responseCode = "409", description = "The person still holds memberships (problem+json with how many)")
    public void delete(@PathParam("id") String id) {
        editor.deletePerson(id);
    }
}
