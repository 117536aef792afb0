package dev.shoplens.forecast;

import java.time.LocalDate;

/**
 * One day of a series' forecast: expected demand, its variance and the 10%, 50% and 90% quantiles (the band).
 * {@code daysAhead} 1 is the day after the forecast's origin.
 */
public record ForecastDay(
        SeriesLevel level,
        String seriesId,
        int daysAhead,
        LocalDate day,
        double mean,
        double variance,
        double p10,
        double p50,
        double p90) {}
