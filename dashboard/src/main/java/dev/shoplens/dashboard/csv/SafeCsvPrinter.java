package dev.shoplens.dashboard.csv;

import java.io.IOException;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVPrinter;

/**
 * Prints the records of an export so that no cell runs as a formula when the file is opened in a spreadsheet. Ids,
 * categories, rejected payloads and notes come from the shop's events and its users; a cell such as
 * {@code =HYPERLINK(...)} would otherwise run on the machine of whoever opens the export (CSV injection). A text cell
 * that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is written with a leading
 * apostrophe, which spreadsheets read as "this is text"; plain numbers such as {@code -3.50} stay numbers.
 */
public final class SafeCsvPrinter {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");

    private final CSVPrinter csv;

    public SafeCsvPrinter(CSVPrinter csv) {
        this.csv = csv;
    }

    public void printRecord(Object... values) throws IOException {
        Object[] cells = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = cell(values[i]);
        }
        csv.printRecord(cells);
    }

    /** The value as a spreadsheet will read it as data: numbers as they are, text that looks like a formula quoted. */
    static Object cell(Object value) {
        if (value == null || value instanceof Number) {
            return value;
        }
        String text = value.toString();
        boolean looksLikeFormula = !text.isEmpty()
                && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0
                && !PLAIN_NUMBER.matcher(text).matches();
        return looksLikeFormula ? "'" + text : value;
    }
}
