package dev.shoplens.jobs.source.files;

import com.ethlo.time.DateTime;
import com.ethlo.time.Field;
import com.ethlo.time.ITU;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Map;

/**
 * Turns the cells of one log line into a {@link TransactionRow}, or says precisely why it cannot. Customer ids
 * written as floats ({@code 17850.0}) are read as the integer ids they are.
 */
final class TransactionRowReader {

    private final CsvMapping mapping;
    private final DateTimeFormatter timeFormat;
    private final ZoneId zone;
    private Map<String, Integer> header;

    TransactionRowReader(CsvMapping mapping, CsvOptions options) {
        this.mapping = mapping;
        this.timeFormat = options.timeFormat() == null ? null : DateTimeFormatter.ofPattern(options.timeFormat());
        this.zone = ZoneId.of(options.zone());
    }

    void useHeader(Map<String, Integer> header) {
        this.header = header;
    }

    TransactionRow read(int line, List<String> cells) {
        String customer = normaliseId(cell(cells, mapping.customer()));
        Instant time = parseTime(required(cells, mapping.time(), "time"));
        double amount = mapping.amount() == null ? Double.NaN : number(cells, mapping.amount(), "amount");
        int quantity = mapping.quantity() == null ? 1 : (int) wholeNumber(cells, mapping.quantity());
        if (quantity == 0) {
            throw new IllegalArgumentException("quantity is 0");
        }
        double unitPrice;
        if (mapping.price() != null && Double.isNaN(amount)) {
            unitPrice = number(cells, mapping.price(), "price");
        } else {
            if (mapping.quantity() == null && amount < 0) {
                quantity = -1;
            }
            unitPrice = Math.abs(amount / quantity);
        }
        if (unitPrice < 0) {
            throw new IllegalArgumentException("price is negative: " + unitPrice);
        }
        String order = cell(cells, mapping.order());
        String orderKey = order != null ? order : (customer == null ? "guest" : customer) + "@" + time;
        String product = cell(cells, mapping.product());
        return new TransactionRow(
                line,
                customer,
                time,
                orderKey,
                product == null ? "unspecified" : product,
                cell(cells, mapping.category()),
                quantity,
                unitPrice);
    }

    private String cell(List<String> cells, String column) {
        if (column == null) {
            return null;
        }
        int index = index(column);
        if (index >= cells.size()) {
            throw new IllegalArgumentException(
                    "line has " + cells.size() + " columns, column '" + column + "' missing");
        }
        String value = cells.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    private String required(List<String> cells, String column, String what) {
        String value = cell(cells, column);
        if (value == null) {
            throw new IllegalArgumentException(what + " is empty");
        }
        return value;
    }

    private double number(List<String> cells, String column, String what) {
        String text = required(cells, column, what);
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " '" + text + "' is not a number");
        }
    }

    private long wholeNumber(List<String> cells, String column) {
        double value = number(cells, column, "quantity");
        if (value != Math.rint(value)) {
            throw new IllegalArgumentException("quantity '" + value + "' is not a whole number");
        }
        return (long) value;
    }

    private int index(String column) {
        if (column.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(column) - 1;
        }
        Integer index = header == null ? null : header.get(column);
        if (index == null) {
            throw new IllegalArgumentException("no column named '" + column + "' in the header");
        }
        return index;
    }

    Instant parseTime(String text) {
        try {
            if (timeFormat != null) {
                TemporalAccessor parsed =
                        timeFormat.parseBest(text, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
                return toInstant(parsed);
            }
            Instant quick = quickIsoTime(text);
            if (quick != null) {
                return quick;
            }
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                return toInstant(LocalDateTime.parse(text.replace(' ', 'T')));
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "time '" + text + "' does not match " + (timeFormat == null ? "ISO-8601" : "the time format"));
        }
    }

    /**
     * The common forms of the default ({@code 2010-12-01 08:26:00}, with or without an offset) read without
     * exceptions: java.time's parsers answered a time without an offset with an exception, at every row. Null for
     * anything else (a date alone, a leap second), which the general parsers then accept or reject as before.
     */
    private Instant quickIsoTime(String text) {
        try {
            DateTime time = ITU.parseLenient(text);
            if (time.getMostGranularField().ordinal() < Field.MINUTE.ordinal()) {
                return null;
            }
            return time.getOffset().isPresent()
                    ? time.toInstant()
                    : time.toLocalDatetime().atZone(zone).toInstant();
        } catch (DateTimeException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    private Instant toInstant(TemporalAccessor parsed) {
        if (parsed instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (parsed instanceof LocalDateTime ldt) {
            return ldt.atZone(zone).toInstant();
        }
        return ((LocalDate) parsed).atStartOfDay(zone).toInstant();
    }

    static String normaliseId(String id) {
        if (id != null && id.matches("\\d+\\.0+")) {
            return id.substring(0, id.indexOf('.'));
        }
        return id;
    }
}
