package dev.shoplens.store.read;

import static dev.shoplens.store.read.SqlShopReader.instant;
import static dev.shoplens.store.read.SqlShopReader.one;
import static dev.shoplens.store.read.SqlShopReader.rows;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.UnaryOperator;

/** Aggregates over the customers' current scores, in SQL DuckDB and ClickHouse share. */
final class ScoreQueries {

    private ScoreQueries() {}

    static ScoreSummary summary(Connection c, UnaryOperator<String> table) throws SQLException {
        String scores = table.apply("customer_scores");
        Object[] totals = one(
                c,
                "SELECT count(*), coalesce(sum(expected_orders_90d), 0), coalesce(sum(expected_revenue_90d), 0),"
                        + " max(as_of), coalesce(sum(CASE WHEN churn_probability >= ? THEN 1 ELSE 0 END), 0) FROM "
                        + scores,
                CustomerFilter.ChurnRisk.HIGH.from());
        return new ScoreSummary(
                ((Number) totals[0]).longValue(),
                bins(c, scores, "churn_probability"),
                bins(c, scores, "purchase_probability"),
                ((Number) totals[1]).doubleValue(),
                ((Number) totals[2]).doubleValue(),
                ((Number) totals[4]).longValue(),
                instant(totals[3]));
    }

    /** {@code column} is one of this class's fixed column names, never user input. */
    private static long[] bins(Connection c, String scores, String column) throws SQLException {
        long[] bins = new long[ScoreSummary.BINS];
        for (Object[] r : rows(
                c,
                "SELECT least(CAST(floor(" + column + " * 10) AS INTEGER), 9) AS bin, count(*) FROM " + scores
                        + " WHERE " + column + " IS NOT NULL GROUP BY bin ORDER BY bin")) {
            bins[((Number) r[0]).intValue()] = ((Number) r[1]).longValue();
        }
        return bins;
    }
}
