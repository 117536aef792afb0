package dev.shoplens.dashboard.csv;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import dev.shoplens.dashboard.i18n.Texts;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The "Export CSV" link of a grid. The rows are written while the browser downloads them, straight from the
 * store, so a grid of a hundred thousand customers exports without holding them all in memory.
 */
public final class CsvExport {

    /** Prints the rows of one export; it runs at download time, with the filters in force then. */
    @FunctionalInterface
    public interface Rows {
        void print(SafeCsvPrinter csv) throws IOException;
    }

    /** Reads one page of rows from the store. */
    @FunctionalInterface
    public interface Page<T> {
        List<T> read(int offset, int limit);
    }

    /** Prints one row. */
    @FunctionalInterface
    public interface Row<T> {
        void print(SafeCsvPrinter csv, T row) throws IOException;
    }

    /** Rows read per query while exporting: a page at a time, never a whole table at once. */
    public static final int PAGE = 5_000;

    private CsvExport() {}

    /** Prints every row {@code page} yields, {@link #PAGE} rows a read, until a read comes back short. */
    public static <T> void paged(SafeCsvPrinter csv, Page<T> page, Row<T> row) throws IOException {
        for (int offset = 0; ; offset += PAGE) {
            List<T> rows = page.read(offset, PAGE);
            for (T r : rows) {
                row.print(csv, r);
            }
            if (rows.size() < PAGE) {
                return;
            }
        }
    }

    public static Anchor link(String id, String fileName, String[] header, Rows rows) {
        Anchor link = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName(fileName);
                    event.setContentType("text/csv");
                    try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                        write(out, header, rows);
                    }
                },
                Texts.of("label.exportCsv"));
        link.setId(id);
        link.addClassName("export-csv");
        return link;
    }

    /** The whole export as text, as the download would write it. */
    public static String text(String[] header, Rows rows) {
        StringWriter out = new StringWriter();
        try {
            write(out, header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A number as plain text with a point and at most {@code decimals} places; null stays empty. */
    public static String number(Double value, int decimals) {
        return value == null ? null : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static void write(Writer out, String[] header, Rows rows) throws IOException {
        CSVPrinter csv = new CSVPrinter(
                out, CSVFormat.DEFAULT.builder().setHeader(header).get());
        rows.print(new SafeCsvPrinter(csv));
        csv.flush();
    }
}
