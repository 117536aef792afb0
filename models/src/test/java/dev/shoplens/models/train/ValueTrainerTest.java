package dev.shoplens.models.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.models.Examples;
import dev.shoplens.models.labels.LabelledExample;
import dev.shoplens.models.registry.ModelCodec;
import dev.shoplens.models.registry.Provenances;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueTrainerTest {

    static final ValueTrainer TRAINER = new ValueTrainer(TrainingSettings.defaults(), 90);

    @Test
    void aWarmStartKeepsTheScalingAndGoesOnFromTheEarlierWeights() {
        List<LabelledExample> window = Examples.churnExamples(2_000, 21, 0);
        // A version's worth of new labels (the schedule's default: 2,000).
        List<LabelledExample> batch = Examples.churnExamples(2_000, 22, 0);
        List<LabelledExample> unseen = Examples.churnExamples(200, 23, 0);
        ValueModel full = TRAINER.fit(window, Examples.T0);

        ValueModel warm = TRAINER.warmStart(full, batch, Examples.T0);
        ValueModel fromScratch = TRAINER.fit(batch, Examples.T0);

        assertThat(warm.scaler()).isEqualTo(full.scaler());
        assertThat(warm.targetScale()).containsExactly(full.targetScale());
        // Twenty examples move a warm start a little from where it began; a fit on them alone lands elsewhere.
        assertThat(largestDifference(warm, full, unseen)).isLessThan(largestDifference(fromScratch, full, unseen) / 2);
        assertThat(largestDifference(warm, full, unseen)).isPositive();
    }

    @Test
    void aWarmStartedModelSaysHowItWasTrainedAndRoundTrips() {
        ValueModel full = TRAINER.fit(Examples.churnExamples(500, 21, 0), Examples.T0);
        ValueModel warm = TRAINER.warmStart(full, Examples.churnExamples(50, 22, 0), Examples.T0);

        assertThat(Provenances.json(warm.model()))
                .contains("WarmStartRegressionTrainer")
                .contains("\"seed\"");
        ValueModel back = (ValueModel) ModelCodec.read(ModelCodec.write(warm));
        for (LabelledExample e : Examples.churnExamples(50, 24, 0)) {
            assertThat(back.expectedOrders(e.features())).isEqualTo(warm.expectedOrders(e.features()));
        }
    }

    static double mae(ValueModel m, List<LabelledExample> examples) {
        return examples.stream()
                .mapToDouble(e ->
                        Math.abs(m.expectedOrders(e.features()) - e.outcome().orders()))
                .average()
                .orElseThrow();
    }

    static double largestDifference(ValueModel a, ValueModel b, List<LabelledExample> examples) {
        double largest = 0;
        for (LabelledExample e : examples) {
            largest = Math.max(largest, Math.abs(a.expectedOrders(e.features()) - b.expectedOrders(e.features())));
        }
        return largest;
    }
}
