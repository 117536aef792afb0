package dev.shoplens.jobs.source.files;

import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How a transaction log is written: its delimiter ({@code null} for any run of white space), the pattern of its
 * times ({@code null} for ISO-8601 or {@code yyyy-MM-dd HH:mm:ss}), and the zone of times that carry none.
 */
public record CsvOptions(String delimiter, String timeFormat, String zone) implements Serializable {

    public static final String WHITESPACE = "whitespace";

    public CsvOptions {
        if (delimiter != null && !delimiter.equals(WHITESPACE) && delimiter.length() != 1) {
            throw new IllegalArgumentException(
                    "--delimiter must be one character or 'whitespace', was '" + delimiter + "'");
        }
        if (timeFormat != null) {
            DateTimeFormatter.ofPattern(timeFormat); // fails now, not on the first row
        }
        ZoneId.of(zone);
    }

    public static CsvOptions defaults() {
        return new CsvOptions(",", null, "UTC");
    }

    boolean splitsOnWhitespace() {
        return WHITESPACE.equals(delimiter);
    }
}
