package kyoso.kit.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
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

    /**
     * Quarkus REST brings its own mapper for a value of the wrong type, more specific than ours, which
     * answers an empty 400; this one takes it over so the citizen learns which field is wrong.
     */
    @Provider
    public static class WrongType implements ExceptionMapper<MismatchedInputException> {

        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(MismatchedInputException e) {
            return problem(e, uriInfo);
        }
    }

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(JsonProcessingException e) {
        return problem(e, uriInfo);
    }

    /** Also for the framework's own wrappings of a JSON error (see the mappers that delegate here). */
    static Response problem(JsonProcessingException e, UriInfo uriInfo) {
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
