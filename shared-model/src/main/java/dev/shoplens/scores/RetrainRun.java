package dev.shoplens.scores;

import java.time.Duration;
import java.time.Instant;

/**
 * One retrain of one kind as {@code retrain_runs} keeps it: the nightly retrain writes it, the Models page reads it.
 * Training figures are null when the run failed before training finished.
 *
 * @param outcome {@code promoted}, {@code kept} (the champion stays) or {@code failed}
 * @param reason why, in words; for a failed run the error
 */
public record RetrainRun(
        String kind,
        Instant startedAt,
        Instant finishedAt,
        Instant dataUntil,
        String outcome,
        String reason,
        Integer version,
        Integer epochs,
        Integer bestEpoch,
        Double trainingLoss,
        Double validationLogLoss,
        Long trainingSequences,
        Double sequencesPerSecond,
        double durationSeconds) {

    public static final String PROMOTED = "promoted";
    public static final String KEPT = "kept";
    public static final String FAILED = "failed";

    /** A run of {@code kind} that failed with {@code error}: no figures, the error as the reason. */
    public static RetrainRun failed(
            String kind, Instant startedAt, Instant finishedAt, Instant dataUntil, RuntimeException error) {
        return new RetrainRun(
                kind,
                startedAt,
                finishedAt,
                dataUntil,
                FAILED,
                String.valueOf(error),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                seconds(startedAt, finishedAt));
    }

    /** The time between two instants in seconds, to the millisecond, as runs record their duration. */
    public static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1_000.0;
    }
}
