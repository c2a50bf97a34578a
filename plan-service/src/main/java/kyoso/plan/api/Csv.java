package kyoso.plan.api;

import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Open-data CSV: UTF-8 with a BOM so that Excel opens Japanese text correctly. */
final class Csv {

    static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    static final String FORMAT_DESCRIPTION = "json (default) or csv (UTF-8 with BOM)";

    private Csv() {
    }

    static boolean wanted(String format) {
        return "csv".equalsIgnoreCase(format);
    }

    static Response response(String filename, List<String> header, List<List<Object>> rows) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(header.toArray(String[]::new)).get())) {
            for (List<Object> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(out.toString(), MEDIA_TYPE)
                .header("Content-Disposition", "inline; filename=\"" + filename + ".csv\"")
                .build();
    }
}
