package dev.shoplens.store.read;

import static dev.shoplens.store.read.SqlShopReader.rows;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Acquisition cohorts from the orders, in SQL DuckDB and ClickHouse share: months are counted as year × 12 + month
 * (EXTRACT is standard in both), so no dialect's date functions are needed.
 */
final class CohortQueries {

    private static final String MONTH = "(EXTRACT(YEAR FROM time) * 12 + EXTRACT(MONTH FROM time) - 1)";

    private CohortQueries() {}

    /** Cells of the cohorts from {@code from} on, by cohort and then months later. */
    static List<CohortCell> cohorts(Connection c, UnaryOperator<String> table, YearMonth from) throws SQLException {
        String purchases = "SELECT customer_id, " + MONTH + " AS month, amount FROM " + table.apply("orders")
                + " WHERE kind = 'purchase' AND customer_id IS NOT NULL";
        String firsts = "SELECT customer_id, min(month) AS cohort FROM (" + purchases + ") AS p GROUP BY customer_id";
        List<CohortCell> cells = new ArrayList<>();
        for (Object[] r : rows(
                c,
                "SELECT f.cohort, o.month - f.cohort AS later, count(DISTINCT o.customer_id), sum(o.amount)"
                        + " FROM (" + purchases + ") AS o JOIN (" + firsts + ") AS f ON o.customer_id = f.customer_id"
                        + " WHERE f.cohort >= ? GROUP BY f.cohort, later ORDER BY f.cohort, later",
                from.getYear() * 12L + from.getMonthValue() - 1)) {
            long month = ((Number) r[0]).longValue();
            cells.add(new CohortCell(
                    YearMonth.of((int) (month / 12), (int) (month % 12) + 1),
                    ((Number) r[1]).intValue(),
                    ((Number) r[2]).longValue(),
                    ((Number) r[3]).doubleValue()));
        }
        return cells;
    }
}
