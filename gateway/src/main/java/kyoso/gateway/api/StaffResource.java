package kyoso.gateway.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import kyoso.gateway.api.AuthDtos.AuditEntry;
import kyoso.gateway.api.AuthDtos.NewPassword;
import kyoso.gateway.api.AuthDtos.NewStaff;
import kyoso.gateway.api.AuthDtos.StaffChanges;
import kyoso.gateway.api.AuthDtos.StaffView;
import kyoso.gateway.domain.StaffAdministration;
import kyoso.gateway.domain.StaffAdministration.Actor;
import kyoso.kit.http.RequestIds;
import kyoso.kit.problem.ProblemException;
import kyoso.kit.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/auth/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Staff accounts", description = "Admins create staff accounts, reset passwords and change roles")
@APIResponse(responseCode = "401", description = "No valid access token")
@APIResponse(responseCode = "403", description = "Not an admin")
public class StaffResource {

    private final StaffAdministration administration;
    private final JsonWebToken jwt;

    StaffResource(StaffAdministration administration, JsonWebToken jwt) {
        this.administration = administration;
        this.jwt = jwt;
    }

    @GET
    @Operation(summary = "List staff accounts")
    @APIResponse(responseCode = "200", description = "The accounts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = StaffView.class)))
    public List<StaffView> list() {
        return administration.list().stream().map(StaffView::of).toList();
    }

    @GET
    @Path("/{username}")
    @Operation(summary = "One staff account")
    @APIResponse(responseCode = "200", description = "The account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffView.class)))
    @APIResponse(responseCode = "404", description = "No such account")
    public StaffView get(@PathParam("username") String username) {
        return administration.find(username).map(StaffView::of)
                .orElseThrow(() -> ProblemException.notFound("user", username));
    }

    @POST
    @Operation(summary = "Create a staff account with roles and an initial password")
    @APIResponse(responseCode = "201", description = "Created; Location names the account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffView.class)))
    @APIResponse(responseCode = "400", description = "Invalid username, role or password")
    @APIResponse(responseCode = "409", description = "Username taken")
    public Response create(@Valid @NotNull NewStaff body, @Context UriInfo uri,
                           @HeaderParam(RequestIds.HEADER) String requestId) {
        var user = administration.create(actor(requestId), body.username(), body.displayName(), body.roles(), body.password());
        return Response.created(uri.getAbsolutePathBuilder().path(user.username).build())
                .entity(StaffView.of(user)).build();
    }

    @PATCH
    @Path("/{username}")
    @Operation(summary = "Change display name, roles or enabled", description = "Fields left out stay as they are. "
            + "Disabling an account ends its sessions.")
    @APIResponse(responseCode = "200", description = "The account as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffView.class)))
    @APIResponse(responseCode = "400", description = "Unknown role")
    @APIResponse(responseCode = "404", description = "No such account")
    @APIResponse(responseCode = "409", description = "The last admin would lose the admin role")
    public StaffView change(@PathParam("username") String username, @Valid @NotNull StaffChanges body,
                            @HeaderParam(RequestIds.HEADER) String requestId) {
        return StaffView.of(administration.change(actor(requestId), username,
                new StaffAdministration.Changes(body.displayName(), body.roles(), body.enabled())));
    }

    @PUT
    @Path("/{username}/password")
    @Operation(summary = "Reset a staff member's password", description = "Ends their sessions and lifts a lock.")
    @APIResponse(responseCode = "204", description = "Reset")
    @APIResponse(responseCode = "400", description = "Password too short or too long")
    @APIResponse(responseCode = "404", description = "No such account")
    public Response resetPassword(@PathParam("username") String username, @Valid @NotNull NewPassword body,
                                  @HeaderParam(RequestIds.HEADER) String requestId) {
        administration.resetPassword(actor(requestId), username, body.password());
        return Response.noContent().build();
    }

    @GET
    @Path("/{username}/audit")
    @Operation(summary = "What was done to this account, by whom and when")
    @APIResponse(responseCode = "200", description = "Newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = AuditEntry.class)))
    public List<AuditEntry> audit(@PathParam("username") String username) {
        return AuditEntry.of(administration.auditOf(username));
    }

    private Actor actor(String requestId) {
        return new Actor(jwt.getName(), requestId);
    }
}
