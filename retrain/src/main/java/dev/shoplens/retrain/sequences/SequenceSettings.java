package dev.shoplens.retrain.sequences;

import dev.shoplens.models.labels.Horizons;

/**
 * How sequences and their labels are cut.
 *
 * @param days days of history in each sequence, the newest last (default 60)
 * @param stepDays days between two training cut-offs of the same customer (default 7: one example a week)
 * @param trainingCutOffs how many training cut-offs, going back from the newest one whose labels matured
 * @param horizons the label horizons, the same as the streaming models' (purchase within 7 days, churn 30)
 */
public record SequenceSettings(int days, int stepDays, int trainingCutOffs, Horizons horizons) {

    public SequenceSettings {
        if (days < 2 || days > 366) {
            throw new IllegalArgumentException("days must be 2 to 366: " + days);
        }
        if (stepDays < 1 || trainingCutOffs < 1) {
            throw new IllegalArgumentException("stepDays and trainingCutOffs must be at least 1");
        }
        if (horizons == null) {
            throw new IllegalArgumentException("horizons must be set");
        }
    }

    public static SequenceSettings defaults() {
        return new SequenceSettings(60, 7, 8, Horizons.defaults());
    }
}
