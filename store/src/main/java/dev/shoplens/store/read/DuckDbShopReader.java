package dev.shoplens.store.read;

import dev.shoplens.store.DuckDbSettings;
import dev.shoplens.store.StoreException;
import dev.shoplens.store.schema.SchemaMigrator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBConnection;

/**
 * Reads the DuckDB store. It keeps one connection open for its lifetime (so the database instance stays open
 * between web requests) and gives each call a duplicate of it: DuckDB connections are not for concurrent use.
 */
public final class DuckDbShopReader implements ShopReader, AutoCloseable {

    private final DuckDbSettings settings;
    private DuckDBConnection root;

    public DuckDbShopReader(DuckDbSettings settings) {
        this.settings = settings;
    }

    @Override
    public ShopStatus status() {
        try (Connection c = open()) {
            Map<String, Long> byReason = new LinkedHashMap<>();
            long rejected = 0;
            for (Object[] row : rows(
                    c,
                    "SELECT reason, count(*) AS n FROM rejected_events GROUP BY reason" + " ORDER BY n DESC, reason")) {
                byReason.put((String) row[0], ((Number) row[1]).longValue());
                rejected += ((Number) row[1]).longValue();
            }
            Object[] events =
                    one(c, "SELECT coalesce(sum(events), 0), min(first_time), max(last_time)" + " FROM event_counts");
            Object[] orders = one(
                    c,
                    "SELECT count(*) FILTER (WHERE kind = 'purchase'),"
                            + " count(*) FILTER (WHERE kind = 'return'),"
                            + " coalesce(sum(CASE WHEN kind = 'purchase' THEN amount ELSE -amount END), 0) FROM orders");
            return new ShopStatus(
                    settings.describe(),
                    number(one(c, "SELECT coalesce(max(version), 0) FROM schema_version")[0])
                            .intValue(),
                    number(events[0]).longValue(),
                    rejected,
                    byReason,
                    number(one(c, "SELECT count(*) FROM customer_features")[0]).longValue(),
                    number(one(c, "SELECT count(DISTINCT product_id) FROM product_daily")[0])
                            .longValue(),
                    number(orders[0]).longValue(),
                    number(orders[1]).longValue(),
                    number(orders[2]).doubleValue(),
                    instant(events[1]),
                    instant(events[2]));
        } catch (SQLException e) {
            throw new StoreException("reading the status failed", e);
        }
    }

    @Override
    public Freshness freshness(Instant now) {
        try (Connection c = open()) {
            return freshness(c, now);
        } catch (SQLException e) {
            throw new StoreException("reading freshness failed", e);
        }
    }

    private Freshness freshness(Connection c, Instant now) throws SQLException {
        Instant newestEvent = instant(one(c, "SELECT max(newest_event_time) FROM ingest_progress")[0]);
        Object[] results = one(c, "SELECT max(as_of), max(written_at) FROM customer_features");
        Instant asOf = instant(results[0]);
        Instant writtenAt = instant(results[1]);
        if (newestEvent == null || asOf == null) {
            return new Freshness(newestEvent, asOf, writtenAt, null, null);
        }
        double eventLag = Math.max(0, Duration.between(asOf, newestEvent).toMillis() / 1000.0);
        double wallLag = Math.max(0, Duration.between(writtenAt, now).toMillis() / 1000.0);
        return new Freshness(newestEvent, asOf, writtenAt, eventLag, wallLag);
    }

    @Override
    public Overview overview(int minutes, Instant now) {
        try (Connection c = open()) {
            Freshness freshness = freshness(c, now);
            Instant newest = freshness.newestEventTime() != null
                    ? freshness.newestEventTime()
                    : instant(one(c, "SELECT max(last_time) FROM event_counts")[0]);
            if (newest == null) {
                return new Overview(null, 0, 0, 0, 0, List.of(), freshness);
            }
            LocalDate today = LocalDate.ofInstant(newest, ZoneOffset.UTC);
            LocalDateTime dayStart = timestamp(today.atStartOfDay().toInstant(ZoneOffset.UTC));
            Object[] orders = one(
                    c,
                    "SELECT count(*) FILTER (WHERE kind = 'purchase'),"
                            + " coalesce(sum(CASE WHEN kind = 'purchase' THEN amount ELSE -amount END), 0)"
                            + " FROM orders WHERE time >= ?",
                    dayStart);
            long active = number(one(c, "SELECT count(*) FROM customer_features WHERE as_of >= ?", dayStart)[0])
                    .longValue();
            List<Overview.MinuteCount> perMinute = new ArrayList<>();
            LocalDateTime from = timestamp(newest.minus(Duration.ofMinutes(minutes)));
            for (Object[] row : rows(
                    c,
                    "SELECT minute, sum(events) FROM event_counts WHERE minute >= ? GROUP BY minute ORDER BY minute",
                    from)) {
                perMinute.add(
                        new Overview.MinuteCount(instant(row[0]), number(row[1]).longValue()));
            }
            double rate =
                    perMinute.stream().mapToLong(Overview.MinuteCount::events).sum()
                            / (double) Math.max(1, perMinute.size());
            return new Overview(
                    today,
                    active,
                    number(orders[0]).longValue(),
                    number(orders[1]).doubleValue(),
                    rate,
                    perMinute,
                    freshness);
        } catch (SQLException e) {
            throw new StoreException("reading the overview failed", e);
        }
    }

    private synchronized Connection open() throws SQLException {
        if (root == null) {
            root = settings.connect().unwrap(DuckDBConnection.class);
            if (!settings.readOnly()) {
                // A reader may start before any writer: make sure the tables exist.
                new SchemaMigrator("duckdb").migrate(root);
            }
        }
        return root.duplicate();
    }

    @Override
    public synchronized void close() {
        if (root != null) {
            try {
                root.close();
            } catch (SQLException e) {
                throw new StoreException("closing the DuckDB reader failed", e);
            } finally {
                root = null;
            }
        }
    }

    static Object[] one(Connection c, String sql, Object... params) throws SQLException {
        List<Object[]> rows = rows(c, sql, params);
        return rows.get(0);
    }

    static List<Object[]> rows(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                List<Object[]> result = new ArrayList<>();
                while (rs.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    result.add(row);
                }
                return result;
            }
        }
    }

    private static Number number(Object value) {
        return value == null ? 0 : (Number) value;
    }

    /** Parameters go in as zone-less UTC date-times, as the columns hold them, whatever the JVM's zone. */
    static LocalDateTime timestamp(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp ts) {
            return ts.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime ldt) {
            return ldt.toInstant(ZoneOffset.UTC);
        }
        throw new IllegalStateException("not a timestamp: " + value.getClass());
    }
}
