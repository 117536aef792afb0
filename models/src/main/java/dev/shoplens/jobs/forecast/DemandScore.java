package dev.shoplens.jobs.forecast;

import dev.shoplens.forecast.DemandDistribution;
import dev.shoplens.forecast.DemandPath;

/**
 * A demand forecaster's errors over held-out days, added up: WAPE (absolute error over actual units, so large
 * products weigh as they do in stock), bias, MASE (mean absolute error over the in-sample error of seasonal naive,
 * averaged over series: below 1 beats naive on the series' own history) and how often the actual fell inside the
 * P10-P90 band (80% for an honest band). The streaming forecaster's holdout ({@link ForecastHoldout}) and the command
 * line's backtest both add up their errors here.
 */
public record DemandScore(
        double absoluteError,
        double error,
        double actual,
        double maseSum,
        int maseSeries,
        long inBand,
        long days,
        int series) {

    public static final DemandScore ZERO = new DemandScore(0, 0, 0, 0, 0, 0, 0, 0);

    /**
     * Adds one series' forecast against its actuals (clipped at zero: demand is net of returns, never negative).
     *
     * @param naiveScale the series' mean absolute in-sample error of seasonal naive; NaN or 0 leaves MASE out
     */
    public DemandScore plus(DemandPath forecast, double[] actualDays, double naiveScale) {
        double abs = 0;
        double err = 0;
        double act = 0;
        long band = 0;
        double[] mean = forecast.mean();
        for (int d = 0; d < actualDays.length; d++) {
            double y = Math.max(0, actualDays[d]);
            abs += Math.abs(mean[d] - y);
            err += mean[d] - y;
            act += y;
            DemandDistribution day = forecast.day(d + 1);
            band += y >= day.quantile(0.1) && y <= day.quantile(0.9) ? 1 : 0;
        }
        boolean scaled = naiveScale > 0;
        return new DemandScore(
                absoluteError + abs,
                error + err,
                actual + act,
                maseSum + (scaled ? abs / actualDays.length / naiveScale : 0),
                maseSeries + (scaled ? 1 : 0),
                inBand + band,
                days + actualDays.length,
                series + 1);
    }

    /** The errors of both, as if their series had been added one by one. */
    public DemandScore add(DemandScore other) {
        return new DemandScore(
                absoluteError + other.absoluteError,
                error + other.error,
                actual + other.actual,
                maseSum + other.maseSum,
                maseSeries + other.maseSeries,
                inBand + other.inBand,
                days + other.days,
                series + other.series);
    }

    public double wape() {
        return actual > 0 ? absoluteError / actual : Double.NaN;
    }

    public double bias() {
        return actual > 0 ? error / actual : Double.NaN;
    }

    public double mase() {
        return maseSeries > 0 ? maseSum / maseSeries : Double.NaN;
    }

    public double coverage() {
        return days > 0 ? inBand / (double) days : Double.NaN;
    }

    /** Mean absolute error of "same weekday last week" over a series' own history: MASE's yardstick. */
    public static double seasonalNaiveScale(double[] history) {
        double sum = 0;
        int n = 0;
        for (int d = 7; d < history.length; d++) {
            sum += Math.abs(Math.max(0, history[d]) - Math.max(0, history[d - 7]));
            n++;
        }
        return n > 0 ? sum / n : Double.NaN;
    }
}
