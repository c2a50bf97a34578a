package kyoso.kit.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import kyoso.kit.problem.Problem;
import kyoso.kit.problem.ProblemException;

/** One page of a listing, with what a client needs to fetch the next. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    /** What is wrong with a page before the first or a size outside 1..MAX_SIZE, each naming its parameter. */
    public static List<Problem.FieldError> errors(int page, int size) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (page < 0) {
            errors.add(new Problem.FieldError("page", "page: 0以上の数を指定してください / page must be 0 or more"));
        }
        if (size < 1 || size > MAX_SIZE) {
            errors.add(new Problem.FieldError("size", "size: 1〜" + MAX_SIZE + "の数を指定してください / size must be 1-" + MAX_SIZE));
        }
        return errors;
    }

    public static void check(int page, int size) {
        List<Problem.FieldError> errors = errors(page, size);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
