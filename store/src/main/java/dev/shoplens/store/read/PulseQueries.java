package dev.shoplens.store.read;

import static dev.shoplens.store.read.SqlShopReader.number;
import static dev.shoplens.store.read.SqlShopReader.one;
import static dev.shoplens.store.read.SqlShopReader.timestamp;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The Overview's comparison with last week and its customers at risk, in SQL DuckDB and ClickHouse share. */
final class PulseQueries {

    private static final Duration WEEK = Duration.ofDays(7);

    private PulseQueries() {}

    /** {@code newest} is the newest accepted event's time, null in an empty store. */
    static ShopPulse pulse(Connection c, UnaryOperator<String> table, Instant newest) throws SQLException {
        if (newest == null) {
            return ShopPulse.NONE;
        }
        LocalDate today = LocalDate.ofInstant(newest, ZoneOffset.UTC);
        Instant dayStart = today.atStartOfDay().toInstant(ZoneOffset.UTC);
        Day[] days =
                ordersIn(c, table, new Instant[][] {{dayStart, newest}, {dayStart.minus(WEEK), newest.minus(WEEK)}});
        Day todaySoFar = days[0];
        Day weekAgoOrders = days[1];
        long active = number(one(
                        c,
                        "SELECT count(*) FROM " + table.apply("customer_features") + " WHERE as_of >= ?",
                        timestamp(dayStart))[0])
                .longValue();
        Object[] weekAgoDay = one(
                c,
                "SELECT count(*), coalesce(sum(CASE WHEN orders > 0 THEN 1 ELSE 0 END), 0) FROM "
                        + table.apply("customer_daily") + " WHERE day = ?",
                today.minusDays(7));
        Object[] atRisk = one(
                c,
                // A set lookup rather than a join: ClickHouse builds the (small) set of customers at risk once.
                "SELECT count(*), coalesce(sum(revenue_90d), 0) FROM " + table.apply("customer_features")
                        + " WHERE customer_id IN (SELECT customer_id FROM " + table.apply("customer_scores")
                        + " WHERE churn_probability >= ?)",
                CustomerFilter.ChurnRisk.HIGH.from());
        return new ShopPulse(
                today,
                newest,
                new ShopPulse.Day(
                        todaySoFar.orders(),
                        todaySoFar.revenue(),
                        todaySoFar.buyers(),
                        todaySoFar.newCustomers(),
                        active,
                        Math.min(todaySoFar.buyers(), active)),
                new ShopPulse.Day(
                        weekAgoOrders.orders(),
                        weekAgoOrders.revenue(),
                        weekAgoOrders.buyers(),
                        weekAgoOrders.newCustomers(),
                        number(weekAgoDay[0]).longValue(),
                        number(weekAgoDay[1]).longValue()),
                number(atRisk[0]).longValue(),
                number(atRisk[1]).doubleValue());
    }

    private record Day(long orders, double revenue, long buyers, long newCustomers) {}

    /**
     * Orders, net revenue, buyers and first-time buyers with a time in each window [from, until]: two statements for
     * all the windows, each reading the orders once (on ClickHouse every read of {@code orders FINAL} merges it).
     */
    private static Day[] ordersIn(Connection c, UnaryOperator<String> table, Instant[][] windows) throws SQLException {
        String orders = table.apply("orders");
        StringBuilder totals = new StringBuilder("SELECT ");
        StringBuilder firsts = new StringBuilder("SELECT ");
        List<Object> totalParams = new ArrayList<>();
        List<Object> firstParams = new ArrayList<>();
        List<Object> anyWindowParams = new ArrayList<>();
        List<String> anyWindow = new ArrayList<>();
        for (int w = 0; w < windows.length; w++) {
            String in = "time >= ? AND time <= ?";
            List<Object> between = List.of(timestamp(windows[w][0]), timestamp(windows[w][1]));
            totals.append(w == 0 ? "" : ", ")
                    .append("coalesce(sum(CASE WHEN kind = 'purchase' AND ")
                    .append(in)
                    .append(" THEN 1 ELSE 0 END), 0),")
                    .append(" coalesce(sum(CASE WHEN ")
                    .append(in)
                    .append(" THEN (CASE WHEN kind = 'purchase' THEN amount ELSE -amount END) ELSE 0 END), 0),")
                    .append(" count(DISTINCT CASE WHEN kind = 'purchase' AND ")
                    .append(in)
                    .append(" THEN customer_id END)");
            for (int i = 0; i < 3; i++) {
                totalParams.addAll(between);
            }
            // A first-time buyer of a window: their first purchase ever falls in it.
            firsts.append(w == 0 ? "" : ", ")
                    .append(
                            "coalesce(sum(CASE WHEN first_purchase >= ? AND first_purchase <= ? THEN 1 ELSE 0 END), 0)");
            firstParams.addAll(between);
            anyWindow.add("(" + in + ")");
            anyWindowParams.addAll(between);
        }
        String inAnyWindow = String.join(" OR ", anyWindow);
        totals.append(" FROM ").append(orders).append(" WHERE ").append(inAnyWindow);
        totalParams.addAll(anyWindowParams);
        // Only the customers who bought in a window have their first purchase looked up.
        firsts.append(" FROM (SELECT customer_id, min(time) AS first_purchase FROM ")
                .append(orders)
                .append(" WHERE kind = 'purchase' AND customer_id IN (SELECT customer_id FROM ")
                .append(orders)
                .append(" WHERE kind = 'purchase' AND customer_id IS NOT NULL AND (")
                .append(inAnyWindow)
                .append(")) GROUP BY customer_id) AS b");
        firstParams.addAll(anyWindowParams);
        Object[] t = one(c, totals.toString(), totalParams.toArray());
        Object[] f = one(c, firsts.toString(), firstParams.toArray());
        Day[] days = new Day[windows.length];
        for (int w = 0; w < windows.length; w++) {
            days[w] = new Day(
                    number(t[3 * w]).longValue(),
                    number(t[3 * w + 1]).doubleValue(),
                    number(t[3 * w + 2]).longValue(),
                    number(f[w]).longValue());
        }
        return days;
    }
}
