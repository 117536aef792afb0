package dev.shoplens.jobs.models;

import dev.shoplens.models.labels.Horizons;
import dev.shoplens.models.metrics.PromotionRule;
import dev.shoplens.models.registry.Schedule;
import dev.shoplens.models.train.TrainingSettings;
import java.io.Serializable;
import java.time.Duration;

/**
 * How the customer models learn inside the job, validated once.
 *
 * @param horizons how far ahead churn, purchase and value look
 * @param exampleEvery each customer's snapshot becomes a training example this often (a day of each customer's
 *     own phase), so one customer's near-identical days do not crowd the training data
 * @param schedule when versions are trained, tested and fully retrained (event time)
 * @param segmentsEvery how often the segmentation is refitted (event time)
 * @param training seeds, epochs, learning rate, number of segments
 * @param promotion the margins of the promotion rule
 * @param valueMaeMargin how much worse (a share) a value candidate's error may be and still be promoted
 * @param retention a customer silent this long is forgotten, with their pending labels
 */
public record ModelSettings(
        Horizons horizons,
        Duration exampleEvery,
        Schedule schedule,
        Duration segmentsEvery,
        TrainingSettings training,
        PromotionRule promotion,
        double valueMaeMargin,
        Duration retention)
        implements Serializable {

    public ModelSettings {
        if (exampleEvery.toDays() < 1 || segmentsEvery.isNegative() || segmentsEvery.isZero()) {
            throw new IllegalArgumentException("exampleEvery at least a day, segmentsEvery positive");
        }
        if (retention.compareTo(horizons.longest()) <= 0) {
            throw new IllegalArgumentException("retention must outlast the longest horizon");
        }
    }

    /** Defaults that show versions within the demo's replay of history, and a new one every day or two live. */
    public static ModelSettings defaults() {
        return new ModelSettings(
                Horizons.defaults(),
                Duration.ofDays(7),
                Schedule.defaults(),
                Duration.ofDays(7),
                TrainingSettings.defaults(),
                PromotionRule.defaults(),
                0.02,
                Duration.ofDays(400));
    }

    public ModelSettings withSchedule(Schedule newSchedule) {
        return new ModelSettings(
                horizons, exampleEvery, newSchedule, segmentsEvery, training, promotion, valueMaeMargin, retention);
    }
}
