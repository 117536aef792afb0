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
        Day todaySoFar = ordersBetween(c, table, dayStart, newest);
        long active = number(one(
                        c,
                        "SELECT count(*) FROM " + table.apply("customer_features") + " WHERE as_of >= ?",
                        timestamp(dayStart))[0])
                .longValue();
        Day weekAgoOrders = ordersBetween(c, table, dayStart.minus(WEEK), newest.minus(WEEK));
        Object[] weekAgoDay = one(
                c,
                "SELECT count(*), coalesce(sum(CASE WHEN orders > 0 THEN 1 ELSE 0 END), 0) FROM "
                        + table.apply("customer_daily") + " WHERE day = ?",
                today.minusDays(7));
        Object[] atRisk = one(
                c,
                "SELECT count(*), coalesce(sum(f.revenue_90d), 0) FROM (SELECT customer_id FROM "
                        + table.apply("customer_scores") + " WHERE churn_probability >= ?) AS s JOIN (SELECT"
                        + " customer_id, revenue_90d FROM " + table.apply("customer_features")
                        + ") AS f ON s.customer_id = f.customer_id",
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

    /** Orders, net revenue, buyers and first-time buyers with a time in [{@code from}, {@code until}]. */
    private static Day ordersBetween(Connection c, UnaryOperator<String> table, Instant from, Instant until)
            throws SQLException {
        String orders = table.apply("orders");
        Object[] totals = one(
                c,
                "SELECT coalesce(sum(CASE WHEN kind = 'purchase' THEN 1 ELSE 0 END), 0),"
                        + " coalesce(sum(CASE WHEN kind = 'purchase' THEN amount ELSE -amount END), 0),"
                        + " count(DISTINCT CASE WHEN kind = 'purchase' THEN customer_id END)"
                        + " FROM " + orders + " WHERE time >= ? AND time <= ?",
                timestamp(from),
                timestamp(until));
        // First purchases: buyers in the window with no purchase before it.
        Object[] firsts = one(
                c,
                "SELECT count(DISTINCT customer_id) FROM " + orders
                        + " WHERE kind = 'purchase' AND time >= ? AND time <= ? AND customer_id IS NOT NULL"
                        + " AND customer_id NOT IN (SELECT customer_id FROM " + orders
                        + " WHERE kind = 'purchase' AND time < ? AND customer_id IS NOT NULL)",
                timestamp(from),
                timestamp(until),
                timestamp(from));
        return new Day(
                number(totals[0]).longValue(),
                number(totals[1]).doubleValue(),
                number(totals[2]).longValue(),
                number(firsts[0]).longValue());
    }
}
