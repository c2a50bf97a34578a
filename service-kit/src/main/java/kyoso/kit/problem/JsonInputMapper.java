package kyoso.kit.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.stream.Collectors;

/** Unreadable JSON or a value of the wrong type: 400 naming the field, never the Java type. */
@Provider
public class JsonInputMapper implements ExceptionMapper<JsonProcessingException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String message = "値の形式が正しくありません。 / The value has the wrong format.";
            return Problems.response(400, "validation", "入力内容に誤りがあります (Invalid input)",
                    field + ": " + message, uriInfo, List.of(new Problem.FieldError(field, message)));
        }
        return Problems.response(400, "malformed-json", "JSONとして読み取れません (Malformed JSON)",
                "リクエスト本文が正しいJSONではありません。 / The request body is not valid JSON.", uriInfo, List.of());
    }
}
