package dev.shoplens.jobs.forecast;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Forecast error on held-out days: every series learns all but its last {@code holdoutDays} days, then forecasts
 * them in one go from that origin, as a merchandiser would have seen the forecast on the origin day. Errors are
 * added up over all series and days (so large series weigh more, as they do in stock), for the method each series
 * chose and for every method alone (seasonal naive and the moving average are the benchmarks).
 */
public final class ForecastHoldout {

    /** The method each series chose by its own measured error. */
    public static final String CHOSEN = "chosen";

    private ForecastHoldout() {}

    /** One daily series: the demand of consecutive days from {@code firstDay} (UTC epoch day) on. */
    public record Series(long firstDay, double[] demand) {}

    /**
     * Scores of the chosen method and of each method, by name, over the series with at least one day before the
     * held-out days (a series that starts later has nothing to forecast from).
     */
    public static Map<String, DemandScore> run(List<Series> series, int holdoutDays) {
        if (holdoutDays < 1 || holdoutDays > SeriesModel.HORIZON_DAYS) {
            throw new IllegalArgumentException("holdoutDays must lie in 1.." + SeriesModel.HORIZON_DAYS);
        }
        DemandScore chosen = DemandScore.ZERO;
        Map<Method, DemandScore> byMethod = new EnumMap<>(Method.class);
        for (Method m : Method.values()) {
            byMethod.put(m, chosen);
        }
        for (Series s : series) {
            int train = s.demand().length - holdoutDays;
            if (train < 1) {
                continue;
            }
            SeriesModel model = new SeriesModel();
            for (int d = 0; d < train; d++) {
                model.learn(s.firstDay() + d, s.demand()[d]);
            }
            double[] actual = java.util.Arrays.copyOfRange(s.demand(), train, s.demand().length);
            chosen = chosen.plus(model.forecast(model.chosen(), holdoutDays), actual, Double.NaN);
            for (Method m : Method.values()) {
                byMethod.put(m, byMethod.get(m).plus(model.forecast(m, holdoutDays), actual, Double.NaN));
            }
        }
        Map<String, DemandScore> result = new LinkedHashMap<>();
        result.put(CHOSEN, chosen);
        byMethod.forEach((m, score) -> result.put(m.wireName(), score));
        return result;
    }
}
