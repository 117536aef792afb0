package dev.shoplens.retrain.job;

import dev.shoplens.models.demand.ForestSettings;
import dev.shoplens.models.labels.Horizons;
import dev.shoplens.models.metrics.PromotionRule;
import dev.shoplens.models.train.LstmSettings;
import dev.shoplens.retrain.demand.RefitSettings;
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

    /**
     * The same settings with the shop's own {@code horizons} and {@code promotion} rule: the streaming models' (see
     * {@code models.*} in the configuration), so that the LSTM and the streaming version it competes with predict the
     * same outcome and are promoted by the same margins.
     */
    public RetrainSettings withModels(Horizons horizons, PromotionRule newPromotion) {
        SequenceSettings s = sequences;
        return new RetrainSettings(
                new SequenceSettings(s.days(), s.stepDays(), s.trainingCutOffs(), horizons),
                lstm,
                newPromotion,
                threads,
                reasons,
                demand);
    }

    /**
     * The same settings with the shop's own {@code lstm} hyper-parameters and demand {@code forest} (see
     * {@code retrain.*} in the configuration).
     */
    public RetrainSettings withTraining(LstmSettings newLstm, ForestSettings forest) {
        return new RetrainSettings(
                sequences,
                newLstm,
                promotion,
                threads,
                reasons,
                new RefitSettings(demand.holdoutDays(), demand.forecastDays(), demand.margin(), forest));
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
