package dev.shoplens.launcher.backtest;

import dev.shoplens.event.EventFeed;
import dev.shoplens.jobs.source.UntilTimeFeed;
import dev.shoplens.models.labels.LabelWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Where a backtest cuts the shop's history: everything before {@code cutoff} (the start of the day after the
 * calibration end) may reach features and models; the {@code horizonDays} after it are only used to judge.
 *
 * @param calibrationEnd the last day of the calibration period
 * @param cutoff the first instant after the calibration period, in the log's zone
 * @param horizonDays the days after the cutoff that the predictions cover
 * @param churnDays the churn model's horizon (a customer has churned without an order in this many days)
 */
public record BacktestSplit(LocalDate calibrationEnd, Instant cutoff, int horizonDays, int churnDays) {

    public BacktestSplit {
        if (horizonDays < 1 || horizonDays > 366) {
            throw new IllegalArgumentException("--horizon-days must lie in 1..366, was " + horizonDays);
        }
        if (churnDays < 1 || churnDays > 366) {
            throw new IllegalArgumentException("--churn-days must lie in 1..366, was " + churnDays);
        }
    }

    public static BacktestSplit of(LocalDate calibrationEnd, ZoneId zone, int horizonDays, int churnDays) {
        return new BacktestSplit(
                calibrationEnd, calibrationEnd.plusDays(1).atStartOfDay(zone).toInstant(), horizonDays, churnDays);
    }

    /** The history the calibration's feature job reads: the log up to its first event at or after the cutoff. */
    public UntilTimeFeed calibrationFeed(EventFeed log) {
        return new UntilTimeFeed(log, cutoff.minusMillis(1));
    }

    /** The end of the judged period (exclusive). */
    public Instant horizonEnd() {
        return cutoff.plus(horizon());
    }

    public Duration horizon() {
        return Duration.ofDays(horizonDays);
    }

    public boolean isCalibration(Instant time) {
        return LabelWindow.beforeCutOff(cutoff.toEpochMilli(), time.toEpochMilli());
    }

    /** In the horizon as every model's label counts an order ({@link LabelWindow}). */
    public boolean isHorizon(Instant time) {
        return LabelWindow.contains(cutoff, horizon(), time);
    }
}
