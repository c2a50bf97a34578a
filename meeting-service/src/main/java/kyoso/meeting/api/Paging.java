package kyoso.meeting.api;

import kyoso.kit.paging.Page;
import kyoso.kit.problem.ProblemException;

/** Checks the page/size query parameters every paged listing takes. */
final class Paging {

    private Paging() {
    }

    static void check(int page, int size) {
        if (page < 0) {
            throw ProblemException.invalid("page", "page: 0以上の数を指定してください / page must be 0 or more");
        }
        if (size < 1 || size > Page.MAX_SIZE) {
            throw ProblemException.invalid("size", "size: 1〜" + Page.MAX_SIZE + "の数を指定してください / size must be 1-"
                    + Page.MAX_SIZE);
        }
    }
}
