package dev.shoplens.jobs.forecast;

import java.time.Duration;

/**
 * How the forecasts follow the days.
 *
 * @param allowedLateness how long after its end (event time) a day can still change: it closes then, as the
 *     product days do
 * @param idleDays after how many days without any activity a series' state is dropped (its last forecast stays in
 *     the store); a product that comes back starts afresh
 */
public record ForecastSettings(Duration allowedLateness, int idleDays) {

    public ForecastSettings {
        if (allowedLateness == null || allowedLateness.isNegative()) {
            throw new IllegalArgumentException("allowedLateness must be zero or positive, was " + allowedLateness);
        }
        if (idleDays < 1) {
            throw new IllegalArgumentException("idleDays must be at least 1, was " + idleDays);
        }
    }

    /** A quarter without activity ends a series: long enough for slow movers to keep their history. */
    public static ForecastSettings defaults(Duration allowedLateness) {
        return new ForecastSettings(allowedLateness, 91);
    }
}
