package dev.shoplens.dashboard.cohorts;

import dev.shoplens.store.read.CohortCell;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One acquisition cohort as a row: its size (customers with their first purchase that month) and, per month after,
 * how many of them bought and what they spent. Months nobody bought in count zero.
 */
record Cohort(YearMonth month, long size, long[] customers, double[] revenue) {

    /** The cells grouped by cohort, oldest first, each over {@code months} months (0 being the first). */
    static List<Cohort> of(List<CohortCell> cells, int months) {
        Map<YearMonth, Cohort> byMonth = new LinkedHashMap<>();
        for (CohortCell cell : cells) {
            Cohort cohort =
                    byMonth.computeIfAbsent(cell.cohort(), m -> new Cohort(m, 0, new long[months], new double[months]));
            if (cell.monthsLater() < months) {
                cohort.customers[cell.monthsLater()] = cell.customers();
                cohort.revenue[cell.monthsLater()] = cell.revenue();
            }
        }
        List<Cohort> result = new ArrayList<>();
        byMonth.values().forEach(c -> result.add(new Cohort(c.month, c.customers[0], c.customers, c.revenue)));
        return result;
    }

    /** The share of the cohort that bought {@code later} months on; null for months that have not come yet. */
    Double retention(int later, YearMonth newest) {
        if (month.plusMonths(later).isAfter(newest) || size == 0) {
            return null;
        }
        return customers[later] / (double) size;
    }

    /** Revenue {@code later} months on; null for months that have not come yet. */
    Double revenueIn(int later, YearMonth newest) {
        return month.plusMonths(later).isAfter(newest) ? null : revenue[later];
    }
}
