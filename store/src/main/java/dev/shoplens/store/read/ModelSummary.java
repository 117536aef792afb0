package dev.shoplens.store.read;

import java.time.Instant;

/**
 * A model version as the registry lists it, without the model's bytes. {@code metricsJson} holds the metrics on
 * labels the version had not seen (null until tested).
 */
public record ModelSummary(
        String kind,
        int version,
        Integer parent,
        Instant trainedAt,
        Instant trainedAtWall,
        long trainingRows,
        boolean fullRetrain,
        String metricsJson,
        boolean promoted,
        boolean serving) {}
