package kyoso.meeting.api;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import kyoso.kit.paging.Page;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a list (or a page) of API records as CSV in UTF-8 with a BOM, so Excel opens it correctly.
 * The columns of each record type are defined once, in {@link CsvTables}.
 */
@Provider
@Produces(CsvFormat.TEXT_CSV)
public class CsvWriter implements MessageBodyWriter<Object> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return mediaType.isCompatible(MediaType.valueOf(CsvFormat.TEXT_CSV))
                && (Collection.class.isAssignableFrom(type) || Page.class.isAssignableFrom(type));
    }

    @Override
    public void writeTo(Object entity, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        List<?> items = entity instanceof Page<?> page ? page.items() : List.copyOf((Collection<?>) entity);
        CsvTables.Table<?> table = items.isEmpty() ? CsvTables.forType(genericType) : CsvTables.forItem(items.get(0));
        if (table == null) {
            throw new WebApplicationException(406);
        }
        headers.putSingle("Content-Type", CsvFormat.TEXT_CSV + "; charset=UTF-8");
        headers.putSingle("Content-Disposition", "attachment; filename=\"" + table.fileName() + ".csv\"");
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        // CSVFormat.DEFAULT ends records with CRLF (RFC 4180). The stream belongs to the container: flush, not close.
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
        printer.printRecord(table.header());
        for (Object item : items) {
            for (List<?> row : table.rowsOf(item)) {
                printer.printRecord(row.stream().map(CsvWriter::inert).toList());
            }
        }
        printer.flush();
    }

    /**
     * These files are meant to be opened in Excel: a cell a citizen downloads must never run as a
     * formula, so text starting with = + - @ or a control character is prefixed with ' (OWASP CSV injection).
     */
    static Object inert(Object cell) {
        if (cell instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return cell;
    }
}
