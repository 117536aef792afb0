package dev.shoplens.models.registry;

import java.io.Serializable;
import java.time.Duration;

/**
 * When the learners train, all in event time.
 *
 * @param labels train once this many new labels have matured ...
 * @param every ... or once this long has passed since the last training, with at least {@code minimumLabels}
 * @param minimumLabels the fewest new labels worth a version
 * @param window how far back a full retrain looks
 * @param windowRows the most examples a full retrain uses (the newest)
 * @param fullRetrainEvery a full retrain (new scaling, weights from zero) after this many warm starts, once the last
 *     full retrain is at least {@code fullRetrainGap} old ...
 * @param fullRetrainAfter ... or when the last full retrain is this old, to guard against drift
 * @param fullRetrainGap the least time between two full retrains for warm starts to call one: a shop of tens of
 *     thousands of customers matures {@code labels} several times a day, and a full retrain on the whole window
 *     every few days was most of the trainer's time (a smaller shop's warm starts come days apart, so it is not
 *     held back). Zero lets the warm starts alone decide.
 */
public record Schedule(
        int labels,
        Duration every,
        int minimumLabels,
        Duration window,
        int windowRows,
        int fullRetrainEvery,
        Duration fullRetrainAfter,
        Duration fullRetrainGap)
        implements Serializable {

    public Schedule {
        // A schedule Java-serialized by an earlier release (inside its trainers' blob) has no gap.
        fullRetrainGap = fullRetrainGap == null ? Duration.ZERO : fullRetrainGap;
        if (labels < 1 || minimumLabels < 1 || windowRows < 1 || fullRetrainEvery < 1) {
            throw new IllegalArgumentException("counts must be at least 1");
        }
        if (every.isNegative() || every.isZero() || window.isNegative() || fullRetrainAfter.isNegative()) {
            throw new IllegalArgumentException("durations must be positive");
        }
        if (fullRetrainGap.isNegative()) {
            throw new IllegalArgumentException("fullRetrainGap must be zero or positive");
        }
    }

    /**
     * A version per 2,000 new labels or 3 days; full retrain on 120 days after 8 warm starts (a week at least after
     * the last) or 30 days.
     */
    public static Schedule defaults() {
        return new Schedule(
                2_000,
                Duration.ofDays(3),
                200,
                Duration.ofDays(120),
                200_000,
                8,
                Duration.ofDays(30),
                Duration.ofDays(7));
    }
}
