package kyoso.kit.problem;

import java.util.List;

/**
 * Thrown by domain code to end a request with a specific problem (409 on a state conflict,
 * 404 on an unknown id, 422 on a reused idempotency key...). Carries no cause on purpose:
 * nothing internal is meant to reach the caller.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final transient Object current;

    public ProblemException(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, List.of(), null);
    }

    public ProblemException(int status, String slug, String title, String detail,
                            List<Problem.FieldError> errors, Object current) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.current = current;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "見つかりません (Not found)",
                what + " '" + id + "' は存在しません。 / No " + what + " with id '" + id + "'.");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "現在の状態では実行できません (Conflict)", detail);
    }

    /** A conflict that also returns the server's current state, e.g. for optimistic locking. */
    public static ProblemException conflict(String detail, Object current) {
        return new ProblemException(409, "conflict", "現在の状態では実行できません (Conflict)", detail, List.of(), current);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "validation", "入力内容に誤りがあります (Invalid input)",
                message, List.of(new Problem.FieldError(field, message)), null);
    }

    /** Every invalid field at once; the detail is the one message, or how many fields are wrong. */
    public static ProblemException invalid(List<Problem.FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).message()
                : errors.size() + " 件の項目に誤りがあります。 / " + errors.size() + " fields are invalid.";
        return new ProblemException(400, "validation", "入力内容に誤りがあります (Invalid input)", detail, errors, null);
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    /** The current server state to show beside a conflict, or null. */
    public Object current() {
        return current;
    }
}
