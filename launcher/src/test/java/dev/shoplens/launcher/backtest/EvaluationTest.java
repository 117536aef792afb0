package dev.shoplens.launcher.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EvaluationTest {

    @Test
    void ordersAndLiftByHand() {
        // Ten customers, one per decile; the two with the highest predictions are the only buyers.
        double[] p = {0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.8, 0.9};
        double[] expected = {0, 0, 0, 0, 0, 0, 0, 0, 1, 2};
        int[] orders = {0, 0, 0, 0, 0, 0, 0, 0, 2, 1};
        boolean[] bought = new boolean[10];
        for (int i = 0; i < 10; i++) {
            bought[i] = orders[i] > 0;
        }
        Evaluation e = Evaluation.of(new Predictor("m", p, expected), bought, orders);

        assertThat(e.predictedOrders()).isEqualTo(3);
        assertThat(e.actualOrders()).isEqualTo(3);
        assertThat(e.ordersMae()).isCloseTo(0.2, within(1e-12));
        assertThat(e.metrics().auc()).isEqualTo(1.0);
        // base rate 0.2: the top two deciles bought every time (lift 5), the others never.
        assertThat(e.liftTopFirst()).containsExactly(5, 5, 0, 0, 0, 0, 0, 0, 0, 0);
    }
}
