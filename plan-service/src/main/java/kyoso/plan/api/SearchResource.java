package kyoso.plan.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import kyoso.kit.problem.Problem;
import kyoso.kit.problem.ProblemException;
import kyoso.plan.domain.search.PlanSearch;
import kyoso.plan.domain.search.PlanSearch.Hit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/search/plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Japanese full-text search over the published plans")
public class SearchResource {

    private final PlanSearch search;

    SearchResource(PlanSearch search) {
        this.search = search;
    }

    @Schema(name = "PlanSearchHit", description = "A node that matches the query, best first")
    public record SearchHit(String plan, String planName, String version, String versionLabel, String key, String kind,
                            String number, String title, String subtitle,
                            @Schema(description = "Relevance; higher is better") double score,
                            @Schema(description = "The matching text, shortened around the match") String snippet,
                            @Schema(description = "Query terms (kuromoji base forms, katakana-folded) found in the node")
                            List<String> matchedTerms,
                            @Schema(description = "API path of the node") String href) {
        static SearchHit of(Hit h) {
            return new SearchHit(h.plan().code, h.plan().name, h.version().code, h.version().label, h.node().key,
                    h.node().kind, h.node().number, h.node().title, h.node().subtitle, h.score(), h.snippet(),
                    h.matchedTerms(), "/api/v1/plans/" + h.plan().code + "/versions/" + h.version().code + "/nodes/"
                            + h.node().key);
        }
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(summary = "Search the plans' text (Japanese)",
            description = "kuromoji tokens; full-width/half-width and hiragana/katakana variants are normalized. "
                    + "Searches the latest published version of each plan unless version is given.")
    @APIResponse(responseCode = "200", description = "Matching nodes, best first",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = SearchHit.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "q missing or limit out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response search(@Parameter(description = "Words to find", example = "共創") @QueryParam("q") String q,
                           @Parameter(description = "Plan code") @QueryParam("plan") String plan,
                           @Parameter(description = "Version code (with plan)") @QueryParam("version") String version,
                           @Parameter(description = "At most this many hits (1-100, default 20)") @QueryParam("limit") Integer limit,
                           @Parameter(description = Csv.FORMAT_DESCRIPTION) @QueryParam("format") String format) {
        int max = limit == null ? 20 : limit;
        if (max < 1 || max > 100) {
            throw ProblemException.invalid("limit", "limit: 1から100の間で指定してください / from 1 to 100");
        }
        List<SearchHit> hits = search.search(q, plan, version, max).stream().map(SearchHit::of).toList();
        if (Csv.wanted(format)) {
            return Csv.response("plan-search", List.of("plan", "version", "key", "kind", "number", "title", "score",
                    "snippet"), hits.stream().map(h -> List.<Object>of(h.plan(), h.version(), h.key(), h.kind(),
                    h.number() == null ? "" : h.number(), h.title(), h.score(), h.snippet())).toList());
        }
        return Response.ok(hits, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
