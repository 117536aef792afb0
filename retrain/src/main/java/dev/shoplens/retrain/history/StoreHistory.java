package dev.shoplens.retrain.history;

import dev.shoplens.orders.OrderRow;
import dev.shoplens.retrain.sequences.DailyActivity;
import dev.shoplens.retrain.sequences.StoredCustomer;
import dev.shoplens.retrain.sequences.StoredShop;
import dev.shoplens.store.StoreException;
import dev.shoplens.store.StoreSettings;
import dev.shoplens.store.read.SqlShopReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads every customer's history from the store the feature job writes: first-seen times from
 * {@code customer_features} (fixed once a customer is seen), purchases and returns from {@code orders}, and each
 * closed day's views and cart adds from {@code customer_daily}. The SQL is
 * the same for DuckDB and ClickHouse; ClickHouse tables are read FINAL, where a replayed row is a second copy until
 * a merge.
 */
public final class StoreHistory {

    private StoreHistory() {}

    /** The history up to the newest event the store holds. */
    public static StoredShop read(StoreSettings store) {
        return read(store, null);
    }

    /**
     * The history strictly before {@code until} (null: all of it), as the store would have held it then; lets a
     * night in the past be replayed without anything after it.
     */
    public static StoredShop read(StoreSettings store, Instant until) {
        String suffix = StoreSql.current(store);
        try (Connection c = StoreSql.connect(store)) {
            Instant newest = newestEvent(c, suffix);
            if (newest == null) {
                throw new StoreException("the store holds no events yet: nothing to train on");
            }
            Instant end = until == null || until.isAfter(newest) ? newest.plusNanos(1_000) : until;
            Map<String, List<OrderRow>> orders = orders(c, suffix, end);
            Map<String, List<DailyActivity>> days = days(c, suffix, end);
            List<StoredCustomer> customers = new ArrayList<>();
            for (Object[] row : SqlShopReader.rows(
                    c,
                    "SELECT customer_id, first_seen FROM customer_features" + suffix
                            + " WHERE first_seen < ? ORDER BY customer_id",
                    utc(end))) {
                String id = (String) row[0];
                customers.add(new StoredCustomer(
                        id,
                        SqlShopReader.instant(row[1]),
                        orders.getOrDefault(id, List.of()),
                        days.getOrDefault(id, List.of())));
            }
            return new StoredShop(customers, end.isAfter(newest) ? newest : end);
        } catch (SQLException e) {
            throw new StoreException("reading customer histories from " + store.describe() + " failed", e);
        }
    }

    /** The newest event the store holds (event time); null while it holds none. */
    public static Instant newestEvent(StoreSettings store) {
        try (Connection c = StoreSql.connect(store)) {
            return newestEvent(c, StoreSql.current(store));
        } catch (SQLException e) {
            throw new StoreException("reading the newest event time from " + store.describe() + " failed", e);
        }
    }

    private static Instant newestEvent(Connection c, String suffix) throws SQLException {
        return SqlShopReader.instant(SqlShopReader.rows(c, "SELECT max(last_time) FROM event_counts" + suffix)
                .get(0)[0]);
    }

    private static Map<String, List<OrderRow>> orders(Connection c, String suffix, Instant end) throws SQLException {
        Map<String, List<OrderRow>> byCustomer = new HashMap<>();
        for (Object[] r : SqlShopReader.rows(
                c,
                "SELECT event_id, order_id, customer_id, time, kind, units, amount FROM orders" + suffix
                        + " WHERE customer_id IS NOT NULL AND time < ?",
                utc(end))) {
            OrderRow row = new OrderRow(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    SqlShopReader.instant(r[3]),
                    (String) r[4],
                    ((Number) r[5]).intValue(),
                    ((Number) r[6]).doubleValue());
            byCustomer.computeIfAbsent(row.customerId(), k -> new ArrayList<>()).add(row);
        }
        return byCustomer;
    }

    /**
     * Each customer's days that ended by {@code end}: a day still open then is left out, as a night in the past
     * would not have had it.
     */
    private static Map<String, List<DailyActivity>> days(Connection c, String suffix, Instant end) throws SQLException {
        Map<String, List<DailyActivity>> byCustomer = new HashMap<>();
        LocalDate lastWholeDay = LocalDate.ofInstant(end, ZoneOffset.UTC).minusDays(1);
        for (Object[] r : SqlShopReader.rows(
                c,
                "SELECT customer_id, day, views, cart_adds FROM customer_daily" + suffix + " WHERE day <= ?",
                lastWholeDay)) {
            byCustomer
                    .computeIfAbsent((String) r[0], k -> new ArrayList<>())
                    .add(new DailyActivity(localDate(r[1]), ((Number) r[2]).intValue(), ((Number) r[3]).intValue()));
        }
        return byCustomer;
    }

    private static LocalDate localDate(Object value) {
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        return (LocalDate) value;
    }

    /** DuckDB's TIMESTAMP has no zone and the store writes UTC: parameters go in as UTC wall times. */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
