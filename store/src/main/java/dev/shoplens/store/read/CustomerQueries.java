package dev.shoplens.store.read;

import static dev.shoplens.store.read.SqlShopReader.instant;
import static dev.shoplens.store.read.SqlShopReader.one;
import static dev.shoplens.store.read.SqlShopReader.rows;
import static dev.shoplens.store.read.SqlShopReader.timestamp;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The customer list and a customer's timeline, in SQL that DuckDB and ClickHouse both run. Filters become a WHERE
 * clause of fixed text with a parameter per value; sorting uses only {@link CustomerSort}'s fixed expressions.
 */
final class CustomerQueries {

    private static final String COLUMNS = "SELECT f.customer_id, f.first_seen, f.last_order_at, f.total_orders,"
            + " f.total_revenue, f.orders_90d, f.revenue_90d, f.sessions_30d, s.churn_probability,"
            + " s.purchase_probability, s.expected_revenue_90d, s.segment_name, f.as_of";

    private final Connection c;
    private final UnaryOperator<String> table;

    /** {@code table} names a table so that it reads its current rows (see {@link SqlShopReader#table}). */
    CustomerQueries(Connection c, UnaryOperator<String> table) {
        this.c = c;
        this.table = table;
    }

    List<CustomerRow> page(CustomerFilter filter, List<CustomerSort.Order> sort, int offset, int limit)
            throws SQLException {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must be 0 or more: " + offset + ", " + limit);
        }
        Where where = where(filter);
        List<Object> params = new ArrayList<>(where.params);
        params.add(limit);
        params.add(offset);
        String sql = readsScores(filter, sort)
                ? COLUMNS + from() + where.sql + orderBy(sort) + " LIMIT ? OFFSET ?"
                // Features alone decide the page: cut it from them, then join the scores of its rows only.
                : COLUMNS + " FROM (SELECT * FROM " + features() + where.sql + orderBy(sort) + " LIMIT ? OFFSET ?)"
                        + " AS f LEFT JOIN " + scores() + orderBy(sort);
        List<CustomerRow> result = new ArrayList<>();
        for (Object[] r : rows(c, sql, params.toArray())) {
            result.add(row(r));
        }
        return result;
    }

    long count(CustomerFilter filter) throws SQLException {
        Where where = where(filter);
        // Every customer has one features row and at most one scores row: count without the join where it filters
        // nothing.
        String from = readsScores(filter, List.of()) ? from() : " FROM " + features();
        return ((Number) one(c, "SELECT count(*)" + from + where.sql, where.params.toArray())[0]).longValue();
    }

    /** Whether the filter or the sort reads a score column, so the scores must be joined before the page is cut. */
    private static boolean readsScores(CustomerFilter filter, List<CustomerSort.Order> sort) {
        return filter.segment() != null
                || filter.churnRisk() != null
                || sort.stream().anyMatch(o -> o.column().onScores());
    }

    Optional<CustomerRow> find(String customerId) throws SQLException {
        List<Object[]> found = rows(c, COLUMNS + from() + " WHERE f.customer_id = ?", customerId);
        return found.isEmpty() ? Optional.empty() : Optional.of(row(found.get(0)));
    }

    List<String> segments() throws SQLException {
        List<String> names = new ArrayList<>();
        for (Object[] r : rows(
                c,
                "SELECT DISTINCT segment_name FROM " + table.apply("customer_scores")
                        + " WHERE segment_name IS NOT NULL ORDER BY segment_name")) {
            names.add((String) r[0]);
        }
        return names;
    }

    List<CustomerOrder> orders(String customerId, int limit) throws SQLException {
        List<CustomerOrder> result = new ArrayList<>();
        for (Object[] r : rows(
                c,
                "SELECT time, kind, order_id, units, amount FROM " + table.apply("orders")
                        + " WHERE customer_id = ? ORDER BY time DESC, event_id LIMIT ?",
                customerId,
                limit)) {
            result.add(new CustomerOrder(
                    instant(r[0]),
                    (String) r[1],
                    (String) r[2],
                    ((Number) r[3]).intValue(),
                    ((Number) r[4]).doubleValue()));
        }
        return result;
    }

    /** Features of every customer, with the scores of those the models have scored (aliased subqueries: FINAL). */
    private String from() {
        return " FROM " + features() + " LEFT JOIN " + scores();
    }

    private String features() {
        return "(SELECT * FROM " + table.apply("customer_features") + ") AS f";
    }

    private String scores() {
        return "(SELECT * FROM " + table.apply("customer_scores") + ") AS s ON f.customer_id = s.customer_id";
    }

    private static String orderBy(List<CustomerSort.Order> sort) {
        StringBuilder sql = new StringBuilder(" ORDER BY ");
        for (CustomerSort.Order order : sort) {
            sql.append(order.sql()).append(", ");
        }
        // The id last, so that equal keys keep one order from page to page.
        return sql.append("f.customer_id").toString();
    }

    private Where where(CustomerFilter filter) throws SQLException {
        Where where = new Where();
        if (filter.idContains() != null && filter.orIdIs() != null) {
            where.add(
                    "(position(lower(?) IN lower(f.customer_id)) > 0 OR f.customer_id = ?)",
                    filter.idContains(),
                    filter.orIdIs());
        } else if (filter.idContains() != null) {
            where.add("position(lower(?) IN lower(f.customer_id)) > 0", filter.idContains());
        } else if (filter.orIdIs() != null) {
            where.add("f.customer_id = ?", filter.orIdIs());
        }
        if (filter.segment() != null) {
            where.add("s.segment_name = ?", filter.segment());
        }
        if (filter.churnRisk() != null) {
            where.add(
                    "s.churn_probability >= ? AND s.churn_probability < ?",
                    filter.churnRisk().from(),
                    filter.churnRisk().to());
        }
        if (filter.minTotalRevenue() != null) {
            where.add("f.total_revenue >= ?", filter.minTotalRevenue());
        }
        if (filter.lastOrder() != null) {
            lastOrder(where, filter.lastOrder());
        }
        return where;
    }

    private void lastOrder(Where where, CustomerFilter.LastOrder lastOrder) throws SQLException {
        if (lastOrder == CustomerFilter.LastOrder.NEVER) {
            where.add("f.last_order_at IS NULL");
            return;
        }
        Instant now = newestEventTime();
        if (lastOrder.newerThanDays() != null) {
            where.add("f.last_order_at >= ?", timestamp(now.minus(Duration.ofDays(lastOrder.newerThanDays()))));
        }
        if (lastOrder.olderThanDays() != null) {
            where.add("f.last_order_at < ?", timestamp(now.minus(Duration.ofDays(lastOrder.olderThanDays()))));
        }
    }

    /** "Now" in event time: the newest accepted event, else the newest features; days count back from it. */
    private Instant newestEventTime() throws SQLException {
        Instant newest = instant(one(c, "SELECT max(newest_event_time) FROM " + table.apply("ingest_progress"))[0]);
        if (newest == null) {
            newest = instant(one(c, "SELECT max(as_of) FROM " + table.apply("customer_features"))[0]);
        }
        return newest == null ? Instant.EPOCH : newest;
    }

    private static CustomerRow row(Object[] r) {
        return new CustomerRow(
                (String) r[0],
                instant(r[1]),
                instant(r[2]),
                ((Number) r[3]).intValue(),
                ((Number) r[4]).doubleValue(),
                ((Number) r[5]).intValue(),
                ((Number) r[6]).doubleValue(),
                ((Number) r[7]).intValue(),
                (Double) r[8],
                (Double) r[9],
                (Double) r[10],
                (String) r[11],
                instant(r[12]));
    }

    /** A WHERE clause of fixed conditions joined by AND, and their parameters in order. */
    private static final class Where {
        private final StringBuilder sql = new StringBuilder();
        private final List<Object> params = new ArrayList<>();

        void add(String condition, Object... values) {
            sql.append(sql.isEmpty() ? " WHERE " : " AND ").append(condition);
            params.addAll(List.of(values));
        }
    }
}
