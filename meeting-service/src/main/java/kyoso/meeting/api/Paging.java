package kyoso.meeting.api;

import kyoso.kit.paging.Page;

/** The page size of a listing when the client names none. */
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
}
