package kyoso.comment.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kyoso.comment.domain.ResultService;
import kyoso.comment.domain.ResultService.Hit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/search/opinions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Results")
public class SearchResource {

    private final ResultService results;

    SearchResource(ResultService results) {
        this.results = results;
    }

    @GET
    @Operation(summary = "Search the published opinions and answers", description = """
            Every word of q (separated by spaces) must occur in the gist, the answer or the change.
            Full-width and half-width forms match each other (NFKC). Only published, visible items.""")
    @APIResponse(responseCode = "200", description = "Matching items, newest consultation first")
    @APIResponse(responseCode = "400", description = "q is missing or too long")
    public List<Hit> search(@QueryParam("q") @NotBlank(message = "検索語を入力してください / enter a search term") @Size(max = 200) String q,
                            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return results.search(q, limit);
    }
}
