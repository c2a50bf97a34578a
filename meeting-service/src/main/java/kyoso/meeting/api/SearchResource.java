package kyoso.meeting.api;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kyoso.kit.paging.Page;
import kyoso.kit.time.DateLabel;
import kyoso.meeting.domain.SearchService.Hit;
import kyoso.meeting.domain.SearchService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/search/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Japanese text search over meetings, agendas, documents and people")
public class SearchResource {

    private final SearchService search;

    SearchResource(SearchService search) {
        this.search = search;
    }

    @Schema(name = "MeetingSearchHit", description = "kind: meeting, agenda-item, document, person; meeting names the meeting an item belongs to")
    public record HitView(String kind, long id, String title, String snippet, MeetingRef meeting, String href) {
        static HitView of(Hit hit) {
            var r = hit.row();
            MeetingRef meeting = r.meetingId() == null ? null
                    : new MeetingRef(r.meetingId(), r.meetingTitle(), DateLabel.of(r.meetingDate()));
            String href = switch (r.kind()) {
                case "person" -> "/api/v1/people/" + r.id();
                default -> "/api/v1/meetings/" + r.meetingId();
            };
            return new HitView(r.kind(), r.id(), r.title(), hit.snippet(), meeting, href);
        }
    }

    @Schema(name = "MeetingRef")
    public record MeetingRef(long id, String title, DateLabel date) {
    }

    @GET
    @Operation(summary = "Search the meeting records", description = "Every whitespace-separated term must occur (AND); 全角/半角 forms match each other. Meetings first, then agenda items, documents, people.")
    @APIResponse(responseCode = "200", description = "One page of hits")
    @APIResponse(responseCode = "400", description = "Missing or too long q, bad page or size")
    public Page<HitView> search(@Parameter(description = "Search terms, e.g. パブリックコメント", required = true) @QueryParam("q") String q,
                                @QueryParam("page") @DefaultValue("0") int page,
                                @QueryParam("size") @DefaultValue("20") int size) {
        Page.check(page, size);
        return search.search(q, page, size).map(HitView::of);
    }
}
