package kyoso.comment.api;

import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** CSV downloads in UTF-8 with BOM, so that Excel opens the Japanese text correctly. */
final class Csv {

    private Csv() {
    }

    static <T> Response download(String filename, List<String> header, List<T> rows, Function<T, List<?>> columns) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (T row : rows) {
                csv.printRecord(columns.apply(row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(out.toString(), FormatQueryFilter.CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }
}
