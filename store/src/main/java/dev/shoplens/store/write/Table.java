package dev.shoplens.store.write;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How one row type maps onto one table, independent of the database: the table's name, the row's key (to keep
 * the newest row per key in a batch) and its columns in table order. Values are Java values (String, Integer,
 * Long, Double, Instant for TIMESTAMP/DateTime64, LocalDate for DATE/Date, or null); each store turns them into
 * its own format.
 */
public record Table<T>(String name, Function<T, Object> key, List<Column<T>> columns) {

    /** One column: its name and how to read its value from a row. */
    public record Column<T>(String name, Function<T, Object> value) {}

    public static <T> Column<T> column(String name, Function<T, Object> value) {
        return new Column<>(name, value);
    }

    /** The key the table keeps one row of. */
    public Object keyOf(T row) {
        return key.apply(row);
    }

    /** The rows of a batch with only the last row of each key, in first-seen order. */
    public Iterable<T> lastPerKey(List<T> rows) {
        Map<Object, T> byKey = new LinkedHashMap<>();
        for (T row : rows) {
            byKey.put(keyOf(row), row);
        }
        return byKey.values();
    }
}
