package dev.shoplens.retrain.results;

import java.time.Instant;

/**
 * One retrain of one kind as {@code retrain_runs} keeps it. Training figures are null when the run failed before
 * training finished.
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
}
