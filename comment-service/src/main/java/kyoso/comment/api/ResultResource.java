package kyoso.comment.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import kyoso.comment.api.ConsultationDtos.Period;
import kyoso.comment.api.ConsultationDtos.PlanRef;
import kyoso.comment.domain.ResultService;
import kyoso.comment.domain.ResultService.Count;
import kyoso.comment.domain.ResultService.Item;
import kyoso.comment.domain.ResultService.Result;
import kyoso.kit.time.DateLabel;
import kyoso.kit.time.JapaneseCalendar;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/consultations/{id}/results")
@Tag(name = "Results", description = "意見募集の結果 (published opinions with the city's answers)")
public class ResultResource {

    // JSON and CSV are one operation in the OpenAPI document: both methods describe it the same way.
    static final String RESULT_SUMMARY = "The published result of a consultation";
    static final String RESULT_DESCRIPTION = """
            JSON by default. ?format=csv (or Accept: text/csv) gives the items as CSV in UTF-8 with BOM,
            columns 番号, 項目, 意見の要旨, 区分, 本市の考え方, 計画の変更.""";
    static final String RESULT_200 = "The result (JSON), or its items (CSV)";

    private final ResultService results;

    ResultResource(ResultService results) {
        this.results = results;
    }

    @Schema(name = "ConsultationResult", description = """
            意見募集の結果 (行政手続法第43条): title, the date the draft was published (draftPublishedOn = first
            day of the period), the gist of every opinion with the city's answer and any change to the plan,
            and counts. No personal information.""")
    public record ResultView(String id, String title, PlanRef plan, Period period, DateLabel draftPublishedOn,
                             OffsetDateTime publishedAt, long submitters, int itemCount, List<Count> bySection,
                             List<Count> byCategory, List<Count> byChannel, List<Item> items) {
        static ResultView of(Result r) {
            var c = r.consultation();
            return new ResultView(c.code, c.title, PlanRef.of(c), Period.of(c),
                    c.opensAt == null ? null : DateLabel.of(LocalDate.ofInstant(c.opensAt, JapaneseCalendar.CITY_ZONE)),
                    r.published() == null ? null : ConsultationDtos.jst(r.published().at), r.submitters(),
                    r.items().size(), r.bySection(), r.byCategory(), r.byChannel(), r.items());
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = RESULT_SUMMARY, description = RESULT_DESCRIPTION)
    @APIResponse(responseCode = "200", description = RESULT_200)
    @APIResponse(responseCode = "404", description = "No such consultation, or its result is not published yet")
    public ResultView get(@PathParam("id") String id) {
        return ResultView.of(results.result(id));
    }

    @GET
    @Produces(FormatQueryFilter.CSV)
    @Operation(summary = RESULT_SUMMARY, description = RESULT_DESCRIPTION)
    @APIResponse(responseCode = "200", description = RESULT_200)
    @APIResponse(responseCode = "404", description = "No such consultation, or its result is not published yet")
    public Response csv(@PathParam("id") String id) {
        return Csv.download(id + "-results.csv", List.of("番号", "項目", "意見の要旨", "区分", "本市の考え方", "計画の変更"),
                results.result(id).items(), i -> Arrays.asList(i.number(),
                        i.sectionTitle() == null ? "全般・その他" : i.sectionTitle(), i.summary(), i.categoryLabel(),
                        i.answer(), i.planChange()));
    }
}
