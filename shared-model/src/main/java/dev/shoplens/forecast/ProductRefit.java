package dev.shoplens.forecast;

import java.time.LocalDate;

/**
 * One product's verdict of a night's demand refit: the forest's and the streaming forecast's errors on the same held-out days,
 * which of them serves, and the forest's forecast from the last closed day.
 *
 * @param originDay the last closed day; the forecast's day 1 is the day after it
 * @param chosen {@link #NIGHTLY} or {@link #STREAMING}
 * @param streamingMethod the method the streaming forecaster chose for the held-out days
 * @param holdoutUnits the units sold over the held-out days
 * @param nightlyWape the forest's WAPE on the held-out days; null when nothing sold in them
 * @param naiveWape seasonal naive's WAPE on the same days, replayed like the streaming forecast: the yardstick the
 *     Inventory page shows beside a forecast's error
 */
public record ProductRefit(
        String productId,
        LocalDate originDay,
        String chosen,
        String streamingMethod,
        int holdoutDays,
        double holdoutUnits,
        double nightlyAbsoluteError,
        double streamingAbsoluteError,
        Double nightlyWape,
        Double nightlyBias,
        Double streamingWape,
        Double naiveWape,
        DemandPath forecast) {

    public static final String NIGHTLY = "nightly";
    public static final String STREAMING = "streaming";
    /** The method name the forecast serves under where the forest wins. */
    public static final String FOREST_METHOD = "nightly_forest";

    public boolean nightlyServes() {
        return NIGHTLY.equals(chosen);
    }
}
