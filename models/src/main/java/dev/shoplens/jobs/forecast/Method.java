package dev.shoplens.jobs.forecast;

import java.util.Locale;

/** The forecasting methods a series chooses among, by measured error. */
public enum Method {
    /** Last week's same weekday: the benchmark every forecast must beat. */
    SEASONAL_NAIVE,
    /** Mean of the last 28 days: a second benchmark, and hard to beat on noise. */
    MOVING_AVERAGE,
    /** Holt-Winters: level, damped trend and weekly seasonality. */
    HOLT_WINTERS,
    /** Teunter-Syntetos-Babai: intermittent demand whose forecast decays while nothing sells. */
    TSB,
    /** Croston with the Syntetos-Boylan bias correction: intermittent demand. */
    CROSTON;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
