package dev.shoplens.scores;

import java.io.Serializable;
import java.time.Instant;

/**
 * One version of one customer model as the registry keeps it: every version trained, promoted or not.
 *
 * @param kind {@code churn}, {@code purchase}, {@code value} or {@code segments}
 * @param version 1, 2, ... per kind
 * @param parent the version this one was warm-started from; null for a full retrain
 * @param trainedAt event time of the newest label the version learned from
 * @param trainedAtWall wall-clock time of the training
 * @param trainingRows examples the training saw
 * @param fullRetrain whether the version was fitted from scratch on the window (with newly fitted scaling)
 * @param metricsJson metrics on labels the version had not seen, as JSON; null until it has been tested
 * @param provenanceJson Tribuo's provenance of the model (trainer settings, data counts, versions) as JSON
 * @param model the serialized model bundle (scaling, Tribuo model, names)
 * @param promoted whether the version passed the promotion rule
 * @param serving whether scores come from this version now
 */
public record ModelVersionRow(
        String kind,
        int version,
        Integer parent,
        Instant trainedAt,
        Instant trainedAtWall,
        long trainingRows,
        boolean fullRetrain,
        String metricsJson,
        String provenanceJson,
        byte[] model,
        boolean promoted,
        boolean serving)
        implements Serializable {

    public ModelVersionRow withOutcome(String newMetricsJson, boolean newPromoted, boolean newServing) {
        return new ModelVersionRow(
                kind,
                version,
                parent,
                trainedAt,
                trainedAtWall,
                trainingRows,
                fullRetrain,
                newMetricsJson,
                provenanceJson,
                model,
                newPromoted,
                newServing);
    }

    public ModelVersionRow withServing(boolean newServing) {
        return withOutcome(metricsJson, promoted, newServing);
    }

    /** The registry's key. */
    public String key() {
        return kind + "#" + version;
    }
}
