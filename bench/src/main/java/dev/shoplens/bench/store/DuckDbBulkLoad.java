package dev.shoplens.bench.store;

import dev.shoplens.bench.harness.Scratch;
import dev.shoplens.bench.harness.Stopwatch;
import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.store.DuckDbSettings;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * DuckDB's fastest load of rows held in Java: its Appender straight into the empty table, each field appended with
 * its own type (no staging table, no upsert, no boxing). The ceiling the sink is measured against.
 */
final class DuckDbBulkLoad {

    private DuckDbBulkLoad() {}

    /** DuckDB is embedded: each store is a file of its own in the scratch folder. */
    static SinkThroughput.Engine<DuckDbSettings> engine(Scratch scratch) {
        return new SinkThroughput.Engine<>() {
            @Override
            public DuckDbSettings fresh(String name) {
                DuckDbSettings store =
                        new DuckDbSettings(scratch.resolve(name + ".duckdb").toString(), false);
                store.migrate();
                return store;
            }

            @Override
            public double bulkLoadRowsPerSecond(DuckDbSettings store, List<CustomerFeatures> rows) throws SQLException {
                return rowsPerSecond(store, rows);
            }

            @Override
            public void close() {}
        };
    }

    static double rowsPerSecond(DuckDbSettings store, List<CustomerFeatures> rows) throws SQLException {
        Stopwatch watch = Stopwatch.start();
        try (DuckDBConnection connection = store.connect().unwrap(DuckDBConnection.class);
                DuckDBAppender appender = connection.createAppender("main", "customer_features")) {
            LocalDateTime writtenAt = utc(Instant.now());
            for (CustomerFeatures c : rows) {
                appender.beginRow();
                appender.append(c.customerId());
                appender.append(utc(c.asOf()));
                appender.append(utc(c.firstSeen()));
                appendNullable(appender, c.lastOrderAt() == null ? null : utc(c.lastOrderAt()));
                appendNullable(appender, c.daysSinceLastOrder());
                appender.append(c.orders7d());
                appender.append(c.orders30d());
                appender.append(c.orders90d());
                appender.append(c.revenue7d());
                appender.append(c.revenue30d());
                appender.append(c.revenue90d());
                appender.append(c.totalOrders());
                appender.append(c.totalRevenue());
                appendNullable(appender, c.avgOrderValue());
                appender.append(c.views7d());
                appender.append(c.cartAdds7d());
                appender.append(c.abandonedCarts30d());
                appendNullable(appender, c.cartAbandonmentRate30d());
                appender.append(c.sessions30d());
                appender.append(c.tenureDays());
                appendNullable(appender, c.meanDaysBetweenOrders());
                appendNullable(appender, c.returnRate());
                appender.append(c.distinctCategories());
                appender.append(writtenAt);
                appender.endRow();
            }
        }
        return watch.rate(rows.size());
    }

    private static LocalDateTime utc(Instant t) {
        return LocalDateTime.ofInstant(t, ZoneOffset.UTC);
    }

    private static void appendNullable(DuckDBAppender appender, Double value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value.doubleValue());
        }
    }

    private static void appendNullable(DuckDBAppender appender, LocalDateTime value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value);
        }
    }
}
