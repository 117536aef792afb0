package dev.shoplens.models.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.shoplens.models.Examples;
import dev.shoplens.models.labels.LabelledExample;
import dev.shoplens.models.labels.ModelKind;
import dev.shoplens.models.metrics.ClassifierMetrics;
import dev.shoplens.models.registry.ClassifierFitting;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tribuo.impl.ArrayExample;

class ClassifierTrainerTest {

    final ClassifierTrainer trainer = new ClassifierTrainer(TrainingSettings.defaults());

    @Test
    void learnsTheSignalAndScoresExactlyAsTribuoPredicts() {
        List<LabelledExample> train = Examples.churnExamples(4_000, 1, 0);
        List<LabelledExample> test = Examples.churnExamples(2_000, 2, 0);
        ClassifierModel model = trainer.fit(ModelKind.CHURN, train, Examples.T0);

        double auc = auc(model, test);
        assertThat(auc).isGreaterThan(0.85);
        int days = model.scaler().features().indexOf(dev.shoplens.features.CustomerFeature.DAYS_SINCE_LAST_ORDER);
        assertThat(model.weights()[days]).as("silence raises churn").isPositive();

        for (LabelledExample e : test.subList(0, 50)) {
            double[] scaled = model.scaler().scale(e.features());
            double tribuo = model.model()
                    .predict(new ArrayExample<>(
                            ClassifierModel.NO, model.scaler().names(), scaled))
                    .getOutputScores()
                    .get("yes")
                    .getScore();
            assertThat(model.probability(scaled)).isCloseTo(tribuo, within(1e-9));
        }
    }

    @Test
    void theSameSeedAndDataGiveTheSameModel() {
        List<LabelledExample> train = Examples.churnExamples(2_000, 3, 0);
        ClassifierModel a = trainer.fit(ModelKind.CHURN, train, Examples.T0);
        ClassifierModel b = trainer.fit(ModelKind.CHURN, train, Examples.T0);
        ClassifierModel otherSeed =
                new ClassifierTrainer(new TrainingSettings(7, 5, 3, 0.1, 5)).fit(ModelKind.CHURN, train, Examples.T0);
        assertThat(a.weights()).containsExactly(b.weights());
        assertThat(a.bias()).isEqualTo(b.bias());
        assertThat(otherSeed.weights()).isNotEqualTo(a.weights());
    }

    @Test
    void aWarmStartBeginsFromTheEarlierWeightsMatchedByName() {
        ClassifierModel start = trainer.fit(ModelKind.CHURN, Examples.churnExamples(3_000, 4, 0), Examples.T0);
        // A learning rate too small to move anything: what comes out is what went in.
        ClassifierTrainer frozen = new ClassifierTrainer(new TrainingSettings(42, 1, 1, 1e-12, 5));
        ClassifierModel warm = frozen.warmStart(start, Examples.churnExamples(500, 5, 0), Examples.T0);
        assertThat(warm.weights()).containsExactly(start.weights(), within(1e-6));
        assertThat(warm.bias()).isCloseTo(start.bias(), within(1e-6));
        assertThat(warm.scaler()).as("the scaling stays frozen").isEqualTo(start.scaler());

        ClassifierModel cold = new ClassifierTrainer(new TrainingSettings(42, 1, 1, 1e-12, 5))
                .fit(ModelKind.CHURN, Examples.churnExamples(500, 5, 0), Examples.T0);
        assertThat(cold.weights())
                .as("from zeros, barely moved")
                .containsExactly(new double[cold.weights().length], within(1e-8));
        assertThat(Math.abs(start.weights()[0])).isGreaterThan(0.01);
    }

    @Test
    void underDriftAWarmStartOnNewLabelsBeatsTheStaleModel() {
        ClassifierModel stale = trainer.fit(ModelKind.CHURN, Examples.churnExamples(4_000, 6, 0), Examples.T0);
        ClassifierModel warm = trainer.warmStart(stale, Examples.churnExamples(1_500, 7, 30), Examples.T0);
        List<LabelledExample> afterDrift = Examples.churnExamples(3_000, 8, 30);
        boolean[] labels = ClassifierFitting.labels(afterDrift);
        double staleLoss = ClassifierMetrics.of(ClassifierFitting.probabilities(stale, afterDrift), labels)
                .logLoss();
        double warmLoss = ClassifierMetrics.of(ClassifierFitting.probabilities(warm, afterDrift), labels)
                .logLoss();
        System.out.printf("drift: stale log loss %.4f, warm-started %.4f%n", staleLoss, warmLoss);
        assertThat(warmLoss).isLessThan(staleLoss);
    }

    static double auc(ClassifierModel model, List<LabelledExample> examples) {
        return ClassifierMetrics.of(
                        ClassifierFitting.probabilities(model, examples), ClassifierFitting.labels(examples))
                .auc();
    }
}
