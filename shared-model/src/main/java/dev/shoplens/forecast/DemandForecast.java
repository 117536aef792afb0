package dev.shoplens.forecast;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        // A band is an inverse incomplete gamma function per quantile, the costliest part of writing a forecast; a
        // level or weekly forecast repeats the same few distributions over its days, so each is worked out once.
        Map<DemandDistribution, double[]> bands = new HashMap<>();
        for (int d = 1; d <= path.days(); d++) {
            DemandDistribution demand = path.day(d);
            double[] band = bands.computeIfAbsent(
                    demand, dist -> new double[] {dist.quantile(0.1), dist.quantile(0.5), dist.quantile(0.9)});
            days.add(new ForecastDay(
                    level,
                    seriesId,
                    d,
                    originDay.plusDays(d),
                    demand.mean(),
                    demand.variance(),
                    band[0],
                    band[1],
                    band[2]));
        }
        return days;
    }
}
