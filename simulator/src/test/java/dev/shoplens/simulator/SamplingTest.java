package dev.shoplens.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The hand-written distributions have the means the shop's calibration relies on (fixed seeds, so exact runs). */
class SamplingTest {

    private static final int N = 200_000;

    @Test
    void gammaHasMeanShapeTimesScale() {
        SplittableRandom rng = new SplittableRandom(1);
        assertThat(mean(() -> Sampling.gamma(rng, 1.3, 2.0))).isCloseTo(2.6, within(0.05));
        assertThat(mean(() -> Sampling.gamma(rng, 0.5, 1.0))).isCloseTo(0.5, within(0.02));
    }

    @Test
    void betaHasMeanAOverAPlusB() {
        SplittableRandom rng = new SplittableRandom(2);
        assertThat(mean(() -> Sampling.beta(rng, 2, 12))).isCloseTo(2.0 / 14, within(0.003));
    }

    @Test
    void exponentialAndGeometricHaveTheirMeans() {
        SplittableRandom rng = new SplittableRandom(3);
        assertThat(mean(() -> Sampling.exponential(rng))).isCloseTo(1.0, within(0.02));
        assertThat(mean(() -> Sampling.geometric(rng, 4, 1000))).isCloseTo(4.0, within(0.08));
        assertThat(mean(() -> Sampling.gaussian(rng))).isCloseTo(0.0, within(0.01));
    }

    @Test
    void pickFindsTheBucketAndSkipsEmptyOnes() {
        double[] cumulative = {1, 1, 3, 6};
        assertThat(Sampling.pick(cumulative, 4, 0.0)).isEqualTo(0);
        assertThat(Sampling.pick(cumulative, 4, 0.999)).isEqualTo(0);
        assertThat(Sampling.pick(cumulative, 4, 1.0)).isEqualTo(2);
        assertThat(Sampling.pick(cumulative, 4, 2.5)).isEqualTo(2);
        assertThat(Sampling.pick(cumulative, 4, 5.9)).isEqualTo(3);
    }

    private static double mean(java.util.function.DoubleSupplier draw) {
        double sum = 0;
        for (int i = 0; i < N; i++) {
            sum += draw.getAsDouble();
        }
        return sum / N;
    }
}
