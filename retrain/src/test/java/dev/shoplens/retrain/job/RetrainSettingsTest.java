package dev.shoplens.retrain.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.models.demand.ForestSettings;
import dev.shoplens.models.labels.Horizons;
import dev.shoplens.models.metrics.PromotionRule;
import dev.shoplens.models.train.LstmSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetrainSettingsTest {

    @Test
    void theShopsHorizonsAndPromotionRuleReachTheSequencesLabelsAndTheChampionChallenger() {
        Horizons shop = new Horizons(Duration.ofDays(60), Duration.ofDays(14), Duration.ofDays(90));
        PromotionRule rule = new PromotionRule(0.01, 0.02);
        RetrainSettings defaults = RetrainSettings.defaults(2);

        RetrainSettings settings = defaults.withModels(shop, rule);

        assertThat(settings.sequences().horizons()).isEqualTo(shop);
        assertThat(settings.promotion()).isEqualTo(rule);
        assertThat(settings.sequences().days()).isEqualTo(defaults.sequences().days());
        assertThat(settings.sequences().trainingCutOffs())
                .isEqualTo(defaults.sequences().trainingCutOffs());
        assertThat(settings.lstm()).isEqualTo(defaults.lstm());
        assertThat(settings.demand()).isEqualTo(defaults.demand());
        assertThat(settings.threads()).isEqualTo(2);
    }

    @Test
    void theShopsLstmAndForestReachTheTrainersAndNothingElseMoves() {
        RetrainSettings defaults = RetrainSettings.defaults(2);
        LstmSettings lstm = new LstmSettings(64, 0.01, 1e-4, 256, 5, 2, 40_000, 0.2, 42);
        ForestSettings forest = new ForestSettings(32, 6, 0.5f, 5f, 6, 42);

        RetrainSettings settings = defaults.withTraining(lstm, forest);

        assertThat(settings.lstm()).isEqualTo(lstm);
        assertThat(settings.demand().forest()).isEqualTo(forest);
        assertThat(settings.demand().holdoutDays()).isEqualTo(defaults.demand().holdoutDays());
        assertThat(settings.sequences()).isEqualTo(defaults.sequences());
        assertThat(settings.promotion()).isEqualTo(defaults.promotion());
    }
}
