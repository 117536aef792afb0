package dev.shoplens.store.retention;

import dev.shoplens.store.DuckDbSettings;
import dev.shoplens.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/** DuckDB's retention: the rows past their table's rule deleted, and the file's space given back. */
public final class Compaction {

    private Compaction() {}

    /** Deletes what {@code retention} no longer keeps as of {@code now}; returns the rows deleted per table. */
    public static Map<String, Long> compact(DuckDbSettings store, Retention retention, Instant now) {
        Map<String, Long> deleted = new LinkedHashMap<>();
        try (Connection c = store.connect()) {
            for (Retention.Rule rule : retention.rules()) {
                LocalDateTime before = LocalDateTime.ofInstant(now.minus(Duration.ofDays(rule.days())), ZoneOffset.UTC);
                try (PreparedStatement delete =
                        c.prepareStatement("DELETE FROM " + rule.table() + " WHERE " + rule.writtenColumn() + " < ?")) {
                    delete.setObject(1, before);
                    deleted.put(rule.table(), (long) delete.executeUpdate());
                }
            }
            try (Statement st = c.createStatement()) {
                st.execute("CHECKPOINT");
            }
        } catch (SQLException e) {
            throw new StoreException("compacting " + store.describe() + " failed", e);
        }
        return deleted;
    }
}
