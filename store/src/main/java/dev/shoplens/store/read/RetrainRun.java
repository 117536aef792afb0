package dev.shoplens.store.read;

import java.time.Instant;

/**
 * One nightly retrain of an LSTM kind ('purchase_lstm' | 'churn_lstm'): when it ran, how training went and what came
 * of it ('promoted' | 'kept' | 'failed', with the reason in words).
 */
public record RetrainRun(
        String kind,
        Instant startedAt,
        Instant dataUntil,
        String outcome,
        String reason,
        Integer version,
        Integer epochs,
        Double validationLogLoss,
        Double sequencesPerSecond,
        double durationSeconds) {}
