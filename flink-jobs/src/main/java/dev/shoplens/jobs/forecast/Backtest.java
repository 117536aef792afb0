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
public final class Backtest {

    /** The method each series chose by its own measured error. */
    public static final String CHOSEN = "chosen";

    private Backtest() {}

    /** One daily series: the demand of consecutive days from {@code firstDay} (UTC epoch day) on. */
    public record Series(long firstDay, double[] demand) {}

    /** Summed errors of one forecaster over the held-out days. */
    public record Score(double absoluteError, double error, double actual, int series) {

        public double wape() {
            return actual > 0 ? absoluteError / actual : Double.NaN;
        }

        public double bias() {
            return actual > 0 ? error / actual : Double.NaN;
        }

        Score plus(double[] forecast, double[] actualDays) {
            double abs = 0;
            double err = 0;
            double act = 0;
            for (int d = 0; d < actualDays.length; d++) {
                double y = Math.max(0, actualDays[d]);
                abs += Math.abs(forecast[d] - y);
                err += forecast[d] - y;
                act += y;
            }
            return new Score(absoluteError + abs, error + err, actual + act, series + 1);
        }
    }

    /**
     * Scores of the chosen method and of each method, by name, over the series with at least one day before the
     * held-out days (a series that starts later has nothing to forecast from).
     */
    public static Map<String, Score> run(List<Series> series, int holdoutDays) {
        if (holdoutDays < 1 || holdoutDays > SeriesModel.HORIZON_DAYS) {
            throw new IllegalArgumentException("holdoutDays must lie in 1.." + SeriesModel.HORIZON_DAYS);
        }
        Score chosen = new Score(0, 0, 0, 0);
        Map<Method, Score> byMethod = new EnumMap<>(Method.class);
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
            chosen = chosen.plus(firstDays(model.forecast().mean(), holdoutDays), actual);
            for (Method m : Method.values()) {
                byMethod.put(m, byMethod.get(m).plus(firstDays(model.forecast(m).mean(), holdoutDays), actual));
            }
        }
        Map<String, Score> result = new LinkedHashMap<>();
        result.put(CHOSEN, chosen);
        byMethod.forEach((m, score) -> result.put(m.wireName(), score));
        return result;
    }

    private static double[] firstDays(double[] path, int days) {
        return java.util.Arrays.copyOf(path, days);
    }
}
