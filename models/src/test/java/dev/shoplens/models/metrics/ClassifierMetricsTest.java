package dev.shoplens.models.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ClassifierMetricsTest {

    @Test
    void aucCountsTiesAsHalf() {
        // Pairs (positive, negative): (0.8,0.1) win, (0.8,0.4) win, (0.4,0.1) win, (0.4,0.4) tie -> 3.5 of 4.
        ClassifierMetrics m =
                ClassifierMetrics.of(new double[] {0.1, 0.4, 0.4, 0.8}, new boolean[] {false, false, true, true});
        assertThat(m.auc()).isEqualTo(3.5 / 4);
        assertThat(m.rows()).isEqualTo(4);
        assertThat(m.positives()).isEqualTo(2);
    }

    @Test
    void logLossAndBrierByHand() {
        ClassifierMetrics m = ClassifierMetrics.of(new double[] {0.9, 0.2, 0.6}, new boolean[] {true, false, false});
        double logLoss = -(Math.log(0.9) + Math.log(0.8) + Math.log(0.4)) / 3;
        double brier = (0.01 + 0.04 + 0.36) / 3;
        assertThat(m.logLoss()).isCloseTo(logLoss, within(1e-12));
        assertThat(m.brier()).isCloseTo(brier, within(1e-12));
        assertThat(m.auc()).isEqualTo(1.0);
    }

    @Test
    void aPerfectlyWrongRankingHasAucZeroAndCertaintyIsClipped() {
        ClassifierMetrics m = ClassifierMetrics.of(new double[] {1.0, 0.0}, new boolean[] {false, true});
        assertThat(m.auc()).isZero();
        // Certain and wrong costs about 34.5 per row, not infinity: both predictions are clipped 1e-15 from 0 and 1.
        double clipped = -(Math.log(1 - (1 - 1e-15)) + Math.log(1e-15)) / 2;
        assertThat(m.logLoss()).isCloseTo(clipped, within(1e-9)).isBetween(34.0, 35.0);
    }

    @Test
    void oneClassHasNoAuc() {
        assertThat(ClassifierMetrics.of(new double[] {0.3, 0.7}, new boolean[] {true, true})
                        .auc())
                .isNaN();
    }

    @Test
    void calibrationSplitsRowsIntoTenthsByPrediction() {
        double[] p = new double[20];
        boolean[] y = new boolean[20];
        for (int i = 0; i < 20; i++) {
            p[19 - i] = i / 20.0; // given in reverse: the deciles must sort them
            y[19 - i] = i >= 10;
        }
        ClassifierMetrics m = ClassifierMetrics.of(p, y);
        assertThat(m.calibration()).hasSize(10);
        ClassifierMetrics.Decile first = m.calibration().get(0);
        assertThat(first.rows()).isEqualTo(2);
        assertThat(first.meanPredicted()).isCloseTo((0 + 0.05) / 2, within(1e-12));
        assertThat(first.observedRate()).isZero();
        assertThat(m.calibration().get(9).observedRate()).isEqualTo(1.0);
        assertThat(m.toJson().get("calibration")).hasSize(10);
    }
}
