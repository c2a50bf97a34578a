package kyoso.kit.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** 404 for unknown paths, 405, 406, 415 and the like, as problem+json with a plain sentence. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        // A body that is not JSON at all reaches here wrapped by the framework's reader.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return JsonInputMapper.problem(json, uriInfo);
            }
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String reason = type == null ? "Error" : type.getReasonPhrase();
        String detail = switch (status) {
            case 401 -> "ログインが必要です。 / Sign-in is required.";
            case 403 -> "この操作を行う権限がありません。 / Your role does not allow this.";
            case 404 -> "お探しのリソースは見つかりません。 / No such resource.";
            case 405 -> "このリソースはそのメソッドを受け付けません。 / Method not allowed here.";
            case 406 -> "その形式では応答できません。 / Cannot answer in the requested format.";
            case 413 -> "リクエストが大きすぎます。 / The request body is too large.";
            case 415 -> "この形式の本文は受け付けません。JSONで送信してください。 / Send the body as JSON.";
            case 400 -> "リクエストの形式が正しくありません。 / The request is malformed.";
            default -> status >= 500 ? "サーバーで問題が発生しました。 / The server could not complete the request."
                    : reason;
        };
        Response problem = Problems.response(status, slugOf(status), reason, detail, uriInfo, List.of());
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(v -> problem.getHeaders().add(name, v));
            }
        });
        return problem;
    }

    private static String slugOf(int status) {
        return switch (status) {
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            default -> "http-" + status;
        };
    }
}
