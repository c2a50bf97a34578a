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
import kyoso.meeting.api.BodyDtos.MembershipView;
import kyoso.meeting.domain.BodyEditor;
import kyoso.meeting.domain.BodyService;
import kyoso.meeting.domain.Commands.MembershipCommand;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/memberships")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Memberships", description = "Who belongs to which body, in which post (Popolo Membership)")
public class MembershipResource {

    private final BodyService bodies;
    private final BodyEditor editor;

    MembershipResource(BodyService bodies, BodyEditor editor) {
        this.bodies = bodies;
        this.editor = editor;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvFormat.TEXT_CSV})
    @Operation(summary = "List memberships", description = "Filter by body and/or person (id or key). Members in 五十音順.")
    @APIResponse(responseCode = "200", description = "The memberships")
    @APIResponse(responseCode = "404", description = "No such body or person")
    public List<MembershipView> list(
            @Parameter(description = "json (default) or csv: UTF-8 with BOM; applied by CsvFormat") @QueryParam("format") String format,
            @Parameter(description = "Body id or key") @QueryParam("organization") String organization,
                                     @Parameter(description = "Person id or key") @QueryParam("person") String person) {
        return bodies.memberships(organization, person).stream().map(MembershipView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One membership")
    @APIResponse(responseCode = "200", description = "The membership")
    @APIResponse(responseCode = "404", description = "No such membership")
    public MembershipView get(@PathParam("id") long id) {
        return MembershipView.of(bodies.membership(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEETING_SECRETARY)
    @Operation(summary = "Add a member to a body (meeting-secretary)", description = "Name a person, a post, or both.")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid input (problem+json naming the field)")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a meeting secretary")
    public Response create(@Valid @NotNull MembershipCommand command, @Context UriInfo uri) {
        long id = editor.createMembership(command).id;
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(id)).build())
                .entity(MembershipView.of(bodies.membership(id))).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEETING_SECRETARY)
    @Operation(summary = "Edit a membership (meeting-secretary)", description = "Send the lockVersion you read.")
    @APIResponse(responseCode = "200", description = "The membership as now stored")
    @APIResponse(responseCode = "400", description = "Invalid input (problem+json naming the field)")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a meeting secretary")
    @APIResponse(responseCode = "404", description = "No such membership")
    @APIResponse(responseCode = "409", description = "Changed by someone else")
    public MembershipView update(@PathParam("id") long id, @Valid @NotNull MembershipCommand command) {
        editor.updateMembership(id, command);
        return MembershipView.of(bodies.membership(id));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.MEETING_SECRETARY)
    @Operation(summary = "End a membership record (meeting-secretary)", description = "To keep history, prefer setting endDate.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a meeting secretary")
    @APIResponse(responseCode = "404", description = "No such membership")
    public void delete(@PathParam("id") long id) {
        editor.deleteMembership(id);
    }
}
