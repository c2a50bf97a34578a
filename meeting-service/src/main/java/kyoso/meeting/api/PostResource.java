package kyoso.meeting.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import kyoso.meeting.api.BodyDtos.PostView;
import kyoso.meeting.domain.BodyEditor;
import kyoso.meeting.domain.BodyService;
import kyoso.meeting.domain.Commands.PostCommand;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/posts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Posts", description = "Positions in bodies (Popolo Post), e.g. 本部長 = 市長")
public class PostResource {

    private final BodyService bodies;
    private final BodyEditor editor;

    PostResource(BodyService bodies, BodyEditor editor) {
        this.bodies = bodies;
        this.editor = editor;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvFormat.TEXT_CSV})
    @Operation(summary = "List posts", description = "In each body's order; filter by body id or key.")
    @APIResponse(responseCode = "200", description = "The posts")
    @APIResponse(responseCode = "404", description = "No such body")
    public List<PostView> list(
            @Parameter(description = "json (default) or csv: UTF-8 with BOM; applied by CsvFormat") @QueryParam("format") String format,
            @Parameter(description = "Body id or key, e.g. dx-headquarters") @QueryParam("organization") String organization) {
        return bodies.posts(organization).stream().map(PostView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One post", description = "id is the numeric id or the key.")
    @APIResponse(responseCode = "200", description = "The post")
    @APIResponse(responseCode = "404", description = "No such post")
    public PostView get(@PathParam("id") String id) {
        return PostView.of(bodies.post(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEETING_SECRETARY)
    @Operation(summary = "Add a post to a body (meeting-secretary)", description = "exOfficio names the office whose holder fills the post.")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid input (problem+json naming the field)")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a meeting secretary")
    @APIResponse(responseCode = "409", description = "The key is taken")
    public Response create(@Valid @NotNull PostCommand command, @Context UriInfo uri) {
        String key = editor.createPost(command).key;
        return Response.created(uri.getAbsolutePathBuilder().path(key).build()).entity(PostView.of(bodies.post(key))).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEETING_SECRETARY)
    @Operation(summary = "Edit a post (meeting-secretary)", description = "Send the lockVersion you read.")
    @APIResponse(responseCode = "200", description = "The post as now stored")
    @APIResponse(responseCode = "400", description = "Invalid input (problem+json naming the field)")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a meeting secretary")
    @APIResponse(responseCode = "404", description = "No such post")
    @APIResponse(responseCode = "409", description = "Changed by someone else, or key taken")
    public PostView update(@PathParam("id") String id, @Valid @NotNull PostCommand command) {
        return PostView.of(bodies.post(editor.updatePost(id, command).key));
    }
}
