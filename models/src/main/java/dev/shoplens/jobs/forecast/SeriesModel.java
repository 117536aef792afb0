package dev.shoplens.jobs.forecast;

import dev.shoplens.forecast.DemandPath;
import dev.shoplens.forecast.ForecastAccuracy;
import java.util.Arrays;

/**
 * Everything known about one daily demand series: every method, each learning every closed day, and each method's
 * track record.
 *
 * <p>Plain Java, in the {@code models} module: the feature job keeps it as state, the nightly demand refit and the
 * backtest replay it, and neither of those needs the job. Its package is still the job's
 * ({@code dev.shoplens.jobs.forecast}), as are its methods' and track records': Flink's savepoints name a state's
 * classes, and a savepoint of an earlier release must restore. The forecast comes from the method with the smallest recent squared error (squared, because a
 * forecast is an expected value: absolute error would reward forecasting zero for every product that sells on
 * fewer than half of the days). Until {@value #MIN_MEASURED_DAYS} days are measured, the moving average speaks.
 *
 * <p>A day's demand is units sold net of returns, cut at zero: a day whose returns exceed its sales (returns of
 * earlier sales) counts as a day without demand.
 *
 * <p>The spread of the forecast comes from the chosen method's own measured squared error, shared out over the days
 * in proportion to their expected demand (count data is more variable where it is larger); until enough days are
 * measured, each day's variance is its mean, as for Poisson demand. Once measured, a day also has a chance of no
 * demand at all: the recent share of days without demand (decayed like the track records), so that a product that
 * sells on few days gets a band from zero, as its days mostly are.
 */
public class SeriesModel {

    public static final int HORIZON_DAYS = dev.shoplens.inventory.InventoryPolicy.HORIZON_DAYS;
    static final int MIN_MEASURED_DAYS = 14;
    /** Below 1, so that a product that has not sold for weeks still has a band above zero for a sale. */
    static final double MAX_NO_DEMAND = 0.98;
    /** {@code Method.values()} once: it copies the array at every call, and a series learns a million days in a replay. */
    private static final Method[] METHODS = Method.values();

    /** The newest day learnt (UTC epoch day); Long.MIN_VALUE before the first. */
    public long lastDay = Long.MIN_VALUE;

    public SeasonalNaive seasonalNaive = new SeasonalNaive();
    public MovingAverage movingAverage = new MovingAverage();
    public HoltWinters holtWinters = new HoltWinters();
    public Tsb tsb = new Tsb();
    public Croston croston = new Croston();
    public MethodTrack[] tracks = newTracks();

    /** Decayed counts of the days learnt (stock-outs aside) and of those without demand. */
    public double daysSeen;

    public double daysWithoutDemand;

    private static MethodTrack[] newTracks() {
        MethodTrack[] tracks = new MethodTrack[METHODS.length];
        for (int i = 0; i < tracks.length; i++) {
            tracks[i] = new MethodTrack();
        }
        return tracks;
    }

    /** Learns the demand of {@code day}, which must be the day after the last one learnt (or the first). */
    public void learn(long day, double netUnits) {
        learn(day, netUnits, false);
    }

    /**
     * Learns {@code day}; {@code censored} when the shelf was empty at its end, so that demand may have been higher
     * than the sales. Each method then learns the larger of the sales and its own forecast for the day (a stock-out
     * neither lowers nor raises what it expects), and the day's forecasts are not scored.
     */
    public void learn(long day, double netUnits, boolean censored) {
        if (lastDay != Long.MIN_VALUE && day != lastDay + 1) {
            throw new IllegalArgumentException("day " + day + " does not follow day " + lastDay);
        }
        double demand = Math.max(0, netUnits);
        int weekday = Weekdays.of(day);
        for (Method m : METHODS) {
            DailyMethod method = method(m);
            if (censored) {
                method.learn(Math.max(demand, method.forecast(1, weekday)), weekday);
            } else {
                tracks[m.ordinal()].score(day, demand);
                method.learn(demand, weekday);
            }
            tracks[m.ordinal()].remember(day, method);
        }
        if (!censored) { // an empty shelf says nothing about whether anyone wanted the product
            daysSeen = daysSeen * MethodTrack.DECAY + 1;
            daysWithoutDemand = daysWithoutDemand * MethodTrack.DECAY + (demand == 0 ? 1 : 0);
        }
        lastDay = day;
    }

    public DailyMethod method(Method m) {
        return switch (m) {
            case SEASONAL_NAIVE -> seasonalNaive;
            case MOVING_AVERAGE -> movingAverage;
            case HOLT_WINTERS -> holtWinters;
            case TSB -> tsb;
            case CROSTON -> croston;
        };
    }

    /** The method with the smallest recent squared error; the moving average until enough days are measured. */
    public Method chosen() {
        if (measuredDays() < MIN_MEASURED_DAYS) {
            return Method.MOVING_AVERAGE;
        }
        Method best = Method.MOVING_AVERAGE;
        for (Method m : METHODS) {
            if (tracks[m.ordinal()].meanSquaredError() < tracks[best.ordinal()].meanSquaredError()) {
                best = m;
            }
        }
        return best;
    }

    public int measuredDays() {
        return tracks[Method.SEASONAL_NAIVE.ordinal()].measuredDays;
    }

    /** The chosen method's forecast for the {@value #HORIZON_DAYS} days after the last day learnt. */
    public DemandPath forecast() {
        return forecast(chosen());
    }

    /** {@code m}'s forecast for the {@value #HORIZON_DAYS} days after the last day learnt. */
    public DemandPath forecast(Method m) {
        return forecast(m, HORIZON_DAYS);
    }

    /** {@code m}'s forecast for {@code days} days after the last day learnt (a backtest's horizon). */
    public DemandPath forecast(Method m, int days) {
        DailyMethod method = method(m);
        // The variance is scaled by the first week's demand, so at least a week is forecast, then cut to size.
        double[] mean = new double[Math.max(days, MethodTrack.DAYS_AHEAD)];
        for (int h = 1; h <= mean.length; h++) {
            mean[h - 1] = method.forecast(h, Weekdays.of(lastDay + h));
        }
        double[] variance = variance(mean, tracks[m.ordinal()]);
        return new DemandPath(Arrays.copyOf(mean, days), Arrays.copyOf(variance, days), noDemand());
    }

    /** The recent share of days without demand, once enough days are measured; none before. */
    double noDemand() {
        if (measuredDays() < MIN_MEASURED_DAYS || daysSeen == 0) {
            return 0;
        }
        return Math.min(daysWithoutDemand / daysSeen, MAX_NO_DEMAND);
    }

    private double[] variance(double[] mean, MethodTrack track) {
        double[] variance = mean.clone(); // Poisson until measured
        double mse = track.meanSquaredError();
        if (track.measuredDays < MIN_MEASURED_DAYS || Double.isNaN(mse)) {
            return variance;
        }
        double scale = 0;
        for (int h = 0; h < MethodTrack.DAYS_AHEAD; h++) {
            scale += mean[h] / MethodTrack.DAYS_AHEAD;
        }
        for (int h = 0; h < mean.length; h++) {
            variance[h] = scale > 0 ? mse * mean[h] / scale : 0;
        }
        return variance;
    }

    /** The chosen method's recent accuracy, beside seasonal naive's over the same days. */
    public ForecastAccuracy accuracy() {
        MethodTrack track = tracks[chosen().ordinal()];
        return new ForecastAccuracy(
                track.wape(), track.bias(), tracks[Method.SEASONAL_NAIVE.ordinal()].wape(), track.measuredDays);
    }
}
