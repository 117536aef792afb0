package dev.shoplens.store.read;

import static dev.shoplens.store.read.SqlShopReader.instant;
import static dev.shoplens.store.read.SqlShopReader.rows;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * Aggregates over the customers' current scores, in SQL DuckDB and ClickHouse share: one scan grouped by the churn
 * and the purchase bin (at most 11 × 11 groups and their missing values), added up here into the totals and both
 * spreads, rather than a scan for the totals and one for each spread.
 */
final class ScoreQueries {

    private ScoreQueries() {}

    static ScoreSummary summary(Connection c, UnaryOperator<String> table) throws SQLException {
        long scored = 0;
        long[] churnBins = new long[ScoreSummary.BINS];
        long[] purchaseBins = new long[ScoreSummary.BINS];
        double expectedOrders = 0;
        double expectedRevenue = 0;
        long highChurnRisk = 0;
        Instant asOf = null;
        // floor(p * 10) without a cast: a missing probability stays NULL in both engines (no bin), and 1.0 joins
        // the last bin here.
        for (Object[] r : rows(
                c,
                "SELECT floor(churn_probability * 10) AS churn_bin, floor(purchase_probability * 10) AS purchase_bin,"
                        + " count(*), coalesce(sum(expected_orders_90d), 0), coalesce(sum(expected_revenue_90d), 0),"
                        + " max(as_of), coalesce(sum(CASE WHEN churn_probability >= ? THEN 1 ELSE 0 END), 0) FROM "
                        + table.apply("customer_scores") + " GROUP BY churn_bin, purchase_bin",
                CustomerFilter.ChurnRisk.HIGH.from())) {
            long customers = ((Number) r[2]).longValue();
            scored += customers;
            addTo(churnBins, r[0], customers);
            addTo(purchaseBins, r[1], customers);
            expectedOrders += ((Number) r[3]).doubleValue();
            expectedRevenue += ((Number) r[4]).doubleValue();
            Instant newest = instant(r[5]);
            asOf = asOf == null || (newest != null && newest.isAfter(asOf)) ? newest : asOf;
            highChurnRisk += ((Number) r[6]).longValue();
        }
        return new ScoreSummary(scored, churnBins, purchaseBins, expectedOrders, expectedRevenue, highChurnRisk, asOf);
    }

    /** {@code bin} is floor(probability × 10), or null where the probability is missing. */
    private static void addTo(long[] bins, Object bin, long customers) {
        if (bin != null) {
            bins[Math.min(((Number) bin).intValue(), ScoreSummary.BINS - 1)] += customers;
        }
    }
}
