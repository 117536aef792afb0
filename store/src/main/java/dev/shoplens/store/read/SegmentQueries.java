package dev.shoplens.store.read;

import static dev.shoplens.store.read.SqlShopReader.rows;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Segment profiles and the RFM grid over the customers' current features and scores, in SQL DuckDB and ClickHouse
 * share (aggregates, a JOIN of aliased subqueries, the rank() and count() window functions).
 */
final class SegmentQueries {

    private SegmentQueries() {}

    /** Every segment customers are in now, largest first. */
    static List<SegmentProfile> profiles(Connection c, UnaryOperator<String> table) throws SQLException {
        List<SegmentProfile> result = new ArrayList<>();
        for (Object[] r : rows(
                c,
                // The days since the last order read as the segment model reads them: for a customer who never
                // ordered, the days since the first visit (ModelFeatures.raw).
                "SELECT s.segment_id, max(s.segment_name), count(*),"
                        + " avg(coalesce(f.days_since_last_order, f.tenure_days)), avg(f.total_orders),"
                        + " avg(f.revenue_90d), avg(f.avg_order_value), avg(f.sessions_30d), avg(f.tenure_days),"
                        + " avg(f.cart_abandonment_rate_30d), sum(f.total_revenue)"
                        + " FROM (SELECT customer_id, segment_id, segment_name FROM " + table.apply("customer_scores")
                        + " WHERE segment_id IS NOT NULL) AS s"
                        + " JOIN (SELECT * FROM " + table.apply("customer_features") + ") AS f"
                        + " ON s.customer_id = f.customer_id"
                        + " GROUP BY s.segment_id ORDER BY count(*) DESC, s.segment_id")) {
            result.add(new SegmentProfile(
                    ((Number) r[0]).intValue(),
                    (String) r[1],
                    ((Number) r[2]).longValue(),
                    number(r[3]),
                    number(r[4]),
                    number(r[5]),
                    SqlShopReader.doubleOrNull(r[6]),
                    number(r[7]),
                    number(r[8]),
                    SqlShopReader.doubleOrNull(r[9]),
                    number(r[10])));
        }
        return result;
    }

    /**
     * The customers who have bought, by recency score and frequency score, each from 1 to {@code scores}. A score is
     * the customer's rank among the buyers cut into {@code scores} equal parts; tied customers share the lower rank,
     * so a tie never splits across two scores (which is why a part can hold more than its share).
     */
    static List<RfmCell> grid(Connection c, UnaryOperator<String> table, int scores) throws SQLException {
        String ranked = "SELECT total_revenue AS monetary,"
                + " rank() OVER (ORDER BY last_order_at) AS r_rank,"
                + " rank() OVER (ORDER BY total_orders) AS f_rank,"
                + " count(*) OVER () AS buyers"
                + " FROM " + table.apply("customer_features")
                + " WHERE last_order_at IS NOT NULL AND total_orders > 0";
        String scored = "SELECT CAST(floor(? * (r_rank - 1) / buyers) AS INTEGER) + 1 AS r,"
                + " CAST(floor(? * (f_rank - 1) / buyers) AS INTEGER) + 1 AS f, monetary FROM (" + ranked + ") AS k";
        List<RfmCell> result = new ArrayList<>();
        for (Object[] r : rows(
                c,
                "SELECT r, f, count(*), sum(monetary) FROM (" + scored + ") AS g GROUP BY r, f ORDER BY r, f",
                scores,
                scores)) {
            result.add(new RfmCell(
                    ((Number) r[0]).intValue(), ((Number) r[1]).intValue(), ((Number) r[2]).longValue(), number(r[3])));
        }
        return result;
    }

    private static double number(Object value) {
        return value == null ? 0 : ((Number) value).doubleValue();
    }
}
