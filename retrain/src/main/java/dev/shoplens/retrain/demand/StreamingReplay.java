package dev.shoplens.retrain.demand;

import dev.shoplens.forecast.DemandPath;
import dev.shoplens.jobs.forecast.Method;
import dev.shoplens.jobs.forecast.SeriesModel;

/**
 * The streaming job's forecaster, replayed over a product's days: every method learns each day as the job's does,
 * and the method the series chose by its measured error forecasts the days after. Stock-outs are not replayed
 * (a replay sees units, not the shelf), so a product that ran out is judged on its sales.
 */
final class StreamingReplay {

    /** What the series chose and forecast, and seasonal naive's forecast of the same days. */
    record Forecast(String method, DemandPath path, DemandPath naive) {}

    private StreamingReplay() {}

    /** Learns {@code days} (consecutive, from epoch day {@code firstDay}) and forecasts {@code horizon} days. */
    static Forecast of(double[] days, long firstDay, int horizon) {
        SeriesModel model = new SeriesModel();
        for (int d = 0; d < days.length; d++) {
            model.learn(firstDay + d, days[d]);
        }
        return new Forecast(
                model.chosen().wireName(),
                model.forecast(model.chosen(), horizon),
                model.forecast(Method.SEASONAL_NAIVE, horizon));
    }
}
