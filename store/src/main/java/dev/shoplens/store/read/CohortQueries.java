package dev.shoplens.store.read;

import static dev.shoplens.store.read.SqlShopReader.rows;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Acquisition cohorts from {@code customer_months}, the writer's summary of each customer's purchases per month with
 * their first month (schema version 6), so that a read groups one row per customer and month rather than every
 * order twice. Months are counted as year × 12 + month, as the summary holds them.
 */
final class CohortQueries {

    private CohortQueries() {}

    /** Cells of the cohorts from {@code from} on, by cohort and then months later. */
    static List<CohortCell> cohorts(Connection c, UnaryOperator<String> table, YearMonth from) throws SQLException {
        List<CohortCell> cells = new ArrayList<>();
        for (Object[] r : rows(
                c,
                "SELECT cohort, month - cohort AS later, count(*), sum(amount) FROM " + table.apply("customer_months")
                        + " WHERE cohort >= ? GROUP BY cohort, later ORDER BY cohort, later",
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
