package kyoso.kit.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * RFC 9457 problem details, the only error body any Kyoso service returns.
 * {@code errors} names each offending field so a form can show the message next to it.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: a JSON-pointer-like path ("body.text") and a sentence a person understands. */
    public record FieldError(String field, String message) {
    }
}
