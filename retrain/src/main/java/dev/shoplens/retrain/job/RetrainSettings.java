package dev.shoplens.retrain.job;

import dev.shoplens.models.metrics.PromotionRule;
import dev.shoplens.retrain.demand.RefitSettings;
import dev.shoplens.retrain.lstm.LstmSettings;
import dev.shoplens.retrain.sequences.SequenceSettings;

/**
 * Everything one night's retrain is configured by, validated once at start.
 *
 * @param threads the cores the backend may compute with (OpenMP and ND4J threads)
 * @param reasons how many reasons each score carries
 * @param demand the nightly demand refit's settings
 */
public record RetrainSettings(
        SequenceSettings sequences,
        LstmSettings lstm,
        PromotionRule promotion,
        int threads,
        int reasons,
        RefitSettings demand) {

    public RetrainSettings {
        if (sequences == null || lstm == null || promotion == null || demand == null) {
            throw new IllegalArgumentException("sequences, lstm, promotion and demand must be set");
        }
        if (threads < 1 || reasons < 0) {
            throw new IllegalArgumentException("threads must be at least 1 and reasons not negative");
        }
    }

    public static RetrainSettings defaults(int threads) {
        return new RetrainSettings(
                SequenceSettings.defaults(),
                LstmSettings.defaults(),
                PromotionRule.defaults(),
                threads,
                3,
                RefitSettings.defaults());
    }
}
