package dev.shoplens.store.retrain;

import dev.shoplens.orders.OrderRow;
import dev.shoplens.scores.ModelVersionRow;
import dev.shoplens.store.StoreException;
import dev.shoplens.store.StoreSettings;
import dev.shoplens.store.read.SqlShopReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the nightly retrain reads from the store the feature job writes: the customers' histories (first-seen times,
 * orders, closed days), the products' days, the model registry, the streaming models' scores and the retrain's own
 * earlier nights. The SQL is the same for DuckDB and ClickHouse; ClickHouse tables are read FINAL, where a replayed
 * row is a second copy until a merge.
 */
public final class RetrainReads {

    private final StoreSettings store;

    public RetrainReads(StoreSettings store) {
        this.store = store;
    }

    /** A customer's newest logistic score of a kind, as the streaming job last wrote it. */
    public record LogisticScore(double probability, int version) {}

    /** An LSTM score of an earlier night next to the logistic one. */
    public record PairedScore(String customerId, double lstm, double logistic) {}

    /** A customer's closed day of views and cart adds ({@code customer_daily}). */
    public record CustomerDay(String customerId, LocalDate day, int views, int cartAdds) {}

    /**
     * Every customer first seen before {@code end} with their orders and closed days before it, read in one
     * connection.
     *
     * @param firstSeen by customer id, in id order
     */
    public record Histories(
            Map<String, Instant> firstSeen, Map<String, List<OrderRow>> orders, Map<String, List<CustomerDay>> days) {}

    /** The newest event the store holds (event time); null while it holds none. */
    public Instant newestEvent() {
        try (Connection c = store.connect()) {
            return newestEvent(c);
        } catch (SQLException e) {
            throw new StoreException("reading the newest event time from " + store.describe() + " failed", e);
        }
    }

    /**
     * The histories strictly before {@code end}, as the store would have held them then: the days still open at
     * {@code end} are left out, as a night in the past would not have had them.
     */
    public Histories histories(Instant end) {
        try (Connection c = store.connect()) {
            Map<String, Instant> firstSeen = new TreeMap<>();
            for (Object[] row : SqlShopReader.rows(
                    c,
                    "SELECT customer_id, first_seen FROM " + store.current("customer_features")
                            + " WHERE first_seen < ? ORDER BY customer_id",
                    SqlShopReader.timestamp(end))) {
                firstSeen.put((String) row[0], SqlShopReader.instant(row[1]));
            }
            return new Histories(firstSeen, orders(c, end), days(c, end));
        } catch (SQLException e) {
            throw new StoreException("reading customer histories from " + store.describe() + " failed", e);
        }
    }

    private Instant newestEvent(Connection c) throws SQLException {
        return SqlShopReader.instant(
                SqlShopReader.rows(c, "SELECT max(last_time) FROM " + store.current("event_counts"))
                        .get(0)[0]);
    }

    private Map<String, List<OrderRow>> orders(Connection c, Instant end) throws SQLException {
        Map<String, List<OrderRow>> byCustomer = new HashMap<>();
        for (Object[] r : SqlShopReader.rows(
                c,
                "SELECT event_id, order_id, customer_id, time, kind, units, amount FROM " + store.current("orders")
                        + " WHERE customer_id IS NOT NULL AND time < ?",
                SqlShopReader.timestamp(end))) {
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

    private Map<String, List<CustomerDay>> days(Connection c, Instant end) throws SQLException {
        Map<String, List<CustomerDay>> byCustomer = new HashMap<>();
        LocalDate lastWholeDay = LocalDate.ofInstant(end, ZoneOffset.UTC).minusDays(1);
        for (Object[] r : SqlShopReader.rows(
                c,
                "SELECT customer_id, day, views, cart_adds FROM " + store.current("customer_daily") + " WHERE day <= ?",
                lastWholeDay)) {
            CustomerDay day = new CustomerDay(
                    (String) r[0], SqlShopReader.date(r[1]), ((Number) r[2]).intValue(), ((Number) r[3]).intValue());
            byCustomer.computeIfAbsent(day.customerId(), k -> new ArrayList<>()).add(day);
        }
        return byCustomer;
    }

    /** Units net of returns per product and day ({@code product_daily}), for the days up to {@code lastDay}. */
    public Map<String, TreeMap<LocalDate, Double>> productDays(LocalDate lastDay) {
        Map<String, TreeMap<LocalDate, Double>> byProduct = new HashMap<>();
        for (Object[] r : query(
                "SELECT product_id, day, units_sold - units_returned FROM " + store.current("product_daily")
                        + " WHERE day <= ?",
                lastDay)) {
            byProduct
                    .computeIfAbsent((String) r[0], k -> new TreeMap<>())
                    .put(SqlShopReader.date(r[1]), ((Number) r[2]).doubleValue());
        }
        return byProduct;
    }

    /** The newest product day the store holds; empty for a store without product days. */
    public Optional<LocalDate> newestProductDay() {
        Object[] r = query("SELECT max(day), count(*) FROM " + store.current("product_daily"))
                .get(0);
        return ((Number) r[1]).longValue() == 0 ? Optional.empty() : Optional.of(SqlShopReader.date(r[0]));
    }

    /** The registry's serving version of {@code kind}, the newest where several are marked serving. */
    public Optional<ModelVersionRow> serving(String kind) {
        List<Object[]> rows = query(
                "SELECT kind, version, parent, trained_at, trained_at_wall, training_rows, full_retrain, metrics,"
                        + " provenance, model, promoted, serving FROM " + store.current("model_versions")
                        + " WHERE kind = ? AND serving ORDER BY version DESC LIMIT 1",
                kind);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        return Optional.of(new ModelVersionRow(
                (String) r[0],
                ((Number) r[1]).intValue(),
                r[2] == null ? null : ((Number) r[2]).intValue(),
                SqlShopReader.instant(r[3]),
                SqlShopReader.instant(r[4]),
                ((Number) r[5]).longValue(),
                (Boolean) r[6],
                (String) r[7],
                (String) r[8],
                blob(r[9]),
                (Boolean) r[10],
                (Boolean) r[11]));
    }

    /** The version the next model of {@code kind} gets: one past the newest in the registry. */
    public int nextVersion(String kind) {
        Object newest = query("SELECT max(version) FROM " + store.current("model_versions") + " WHERE kind = ?", kind)
                .get(0)[0];
        return newest == null ? 1 : ((Number) newest).intValue() + 1;
    }

    /** Each customer's newest streaming (logistic) score of {@code kind} ({@code churn} or {@code purchase}). */
    public Map<String, LogisticScore> logisticScores(String kind) {
        if (!kind.equals("churn") && !kind.equals("purchase")) {
            throw new IllegalArgumentException("no logistic score of kind " + kind);
        }
        Map<String, LogisticScore> scores = new HashMap<>();
        for (Object[] r : query("SELECT customer_id, " + kind + "_probability, " + kind + "_version" + " FROM "
                + store.current("customer_scores") + " WHERE " + kind + "_probability IS NOT NULL")) {
            scores.put((String) r[0], new LogisticScore(((Number) r[1]).doubleValue(), ((Number) r[2]).intValue()));
        }
        return scores;
    }

    /** The night {@code day}'s scores of {@code kind} that have both an LSTM and a logistic probability. */
    public List<PairedScore> pairedScores(String kind, LocalDate day) {
        return query(
                        "SELECT customer_id, lstm_probability, logistic_probability FROM "
                                + store.current("sequence_scores")
                                + " WHERE day = ? AND kind = ? AND logistic_probability IS NOT NULL"
                                + " ORDER BY customer_id",
                        day,
                        kind)
                .stream()
                .map(r -> new PairedScore((String) r[0], ((Number) r[1]).doubleValue(), ((Number) r[2]).doubleValue()))
                .toList();
    }

    /** The newest champion/challenger decision of {@code kind}; empty before the first. */
    public Optional<String> champion(String kind) {
        List<Object[]> rows = query(
                "SELECT champion FROM " + store.current("champion_challenger")
                        + " WHERE kind = ? ORDER BY day DESC LIMIT 1",
                kind);
        return rows.isEmpty() ? Optional.empty() : Optional.of((String) rows.get(0)[0]);
    }

    private static byte[] blob(Object value) {
        try {
            return SqlShopReader.blob(value);
        } catch (SQLException e) {
            throw new StoreException("cannot read a model's bytes", e);
        }
    }

    private List<Object[]> query(String sql, Object... params) {
        try (Connection c = store.connect()) {
            return SqlShopReader.rows(c, sql, params);
        } catch (SQLException e) {
            throw new StoreException("retrain query failed: " + sql, e);
        }
    }
}
