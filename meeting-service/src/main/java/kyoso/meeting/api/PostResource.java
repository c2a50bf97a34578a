package kyoso.meeting.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kyoso.meeting.api.BodyDtos.PostView;
import kyoso.meeting.domain.BodyService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/posts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Posts", description = "Positions in bodies (Popolo Post), e.g. 本部長 = 市長")
public class PostResource {

    private final BodyService bodies;

    PostResource(BodyService bodies) {
        this.bodies = bodies;
    }

    @GET
    @Operation(summary = "List posts", description = "In each body's order; filter by body id or key.")
    @APIResponse(responseCode = "200", description = "The posts")
    @APIResponse(responseCode = "404", description = "No such body")
    public List<PostView> list(@Parameter(description = "Body id or key, e.g. dx-headquarters") @QueryParam("organization") String organization) {
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
}
