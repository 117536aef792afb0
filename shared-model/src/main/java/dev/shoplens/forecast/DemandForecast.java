package dev.shoplens.forecast;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A series' demand forecast as of the close of {@code originDay}: daily demand (units sold net of returns, never
 * below zero) for the days after it, the method that made it, and that method's measured accuracy. {@code category}
 * is the product's category for products, the category itself for categories, null for the shop. {@code asOf} is
 * the event time at which the origin day closed.
 */
public record DemandForecast(
        SeriesLevel level,
        String seriesId,
        String category,
        LocalDate originDay,
        String method,
        DemandPath path,
        ForecastAccuracy accuracy,
        Instant asOf) {

    /** The day that day {@code day} of the path falls on (1 = the day after the origin). */
    public LocalDate dayOf(int day) {
        return originDay.plusDays(day);
    }

    /** Every day of the path with its band. */
    public List<ForecastDay> days() {
        return days(level, seriesId, originDay, path);
    }

    /** Every day of {@code path}, a forecast of {@code seriesId} from {@code originDay}, with its band. */
    public static List<ForecastDay> days(SeriesLevel level, String seriesId, LocalDate originDay, DemandPath path) {
        List<ForecastDay> days = new ArrayList<>(path.days());
        for (int d = 1; d <= path.days(); d++) {
            DemandDistribution demand = path.day(d);
            days.add(new ForecastDay(
                    level,
                    seriesId,
                    d,
                    originDay.plusDays(d),
                    demand.mean(),
                    demand.variance(),
                    demand.quantile(0.1),
                    demand.quantile(0.5),
                    demand.quantile(0.9)));
        }
        return days;
    }
}
