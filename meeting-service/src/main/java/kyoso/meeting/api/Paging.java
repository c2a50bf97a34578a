package kyoso.meeting.api;

import kyoso.kit.paging.Page;
import kyoso.kit.problem.ProblemException;

/** Checks the page/size query parameters every paged listing takes. */
final class Paging {

    private Paging() {
    }

    /**
     * The page size to use: as asked, else 20 for the API and the largest page for a CSV download,
     * which is read as a whole file rather than page by page.
     */
    static int size(Integer asked, String format) {
        return asked != null ? asked : "csv".equals(format) ? Page.MAX_SIZE : Page.DEFAULT_SIZE;
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
