package dev.shoplens.bench.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.bench.data.SyntheticCustomers;
import dev.shoplens.models.features.FeatureScaler;
import dev.shoplens.models.features.ModelFeatures;
import dev.shoplens.models.labels.LabelledExample;
import dev.shoplens.models.labels.ModelKind;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PlainLogisticSgdTest {

    @Test
    void learnsALinearBoundary() {
        // y = 1 where 2a - b > 0.5: a baseline that did no real work could not separate these.
        SplittableRandom random = new SplittableRandom(5);
        double[][] x = new double[2_000][];
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = new double[] {random.nextGaussian(), random.nextGaussian()};
            y[i] = 2 * x[i][0] - x[i][1] > 0.5 ? 1 : 0;
        }
        double[] w = PlainLogisticSgd.fit(x, y, 5, 0.1, 42);
        assertThat(accuracy(w, x, y)).isGreaterThan(0.95);
        assertThat(w[0]).isPositive();
        assertThat(w[1]).isNegative();
        assertThat(w[2]).as("bias").isNegative();
    }

    @Test
    void fitsTheSyntheticChurnExamplesBetterThanChance() {
        List<LabelledExample> examples = SyntheticCustomers.examples(ModelKind.CHURN, 5_000, 3);
        double[] w = PlainLogisticSgd.fit(examples, 5, 0.1, 42);
        FeatureScaler scaler = FeatureScaler.fit(
                ModelFeatures.ALL,
                examples.stream().map(LabelledExample::features).toList());
        double[][] x = examples.stream().map(e -> scaler.scale(e.features())).toArray(double[][]::new);
        double[] y = examples.stream().mapToDouble(e -> e.positive() ? 1 : 0).toArray();
        double churned = Arrays.stream(y).average().orElseThrow();
        assertThat(churned).isBetween(0.2, 0.8);
        assertThat(w).hasSize(ModelFeatures.ALL.size() + 1);
        assertThat(accuracy(w, x, y)).isGreaterThan(Math.max(churned, 1 - churned) + 0.05);
    }

    @Test
    void namesRetrainFiguresByTheirWindow() {
        assertThat(RetrainTime.name(50_000)).isEqualTo("retrain_50k_seconds");
        assertThat(RetrainTime.name(200_000)).isEqualTo("retrain_200k_seconds");
        assertThat(RetrainTime.name(1_500)).isEqualTo("retrain_1500_seconds");
    }

    private static double accuracy(double[] w, double[][] x, double[] y) {
        int right = 0;
        for (int i = 0; i < x.length; i++) {
            right += (PlainLogisticSgd.probability(w, x[i]) > 0.5 ? 1 : 0) == y[i] ? 1 : 0;
        }
        return right / (double) x.length;
    }
}
