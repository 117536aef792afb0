package dev.shoplens.jobs.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.shoplens.forecast.DemandPath;
import org.junit.jupiter.api.Test;

class DemandScoreTest {

    @Test
    void wapeBiasAndMaseByHand() {
        // Forecast 2 a day for 4 days; sold 1, 3, 0, 4 (a return day counts as 0): |errors| 1+1+2+2 = 6 on 8 units.
        DemandPath forecast = DemandPath.constant(4, 2, 0);
        double[] actual = {1, 3, -1, 4};
        // In-sample seasonal naive: day 8 vs day 1 and day 9 vs day 2: |4-2| and |1-2| -> scale 1.5.
        double[] history = {2, 2, 0, 0, 0, 0, 0, 4, 1};
        double scale = DemandScore.seasonalNaiveScale(history);
        assertThat(scale).isCloseTo(1.5, within(1e-12));

        DemandScore s = DemandScore.ZERO.plus(forecast, actual, scale);
        assertThat(s.wape()).isCloseTo(6.0 / 8, within(1e-12));
        assertThat(s.bias()).isCloseTo((8 - 8) / 8.0, within(1e-12));
        // MAE 6/4 = 1.5 over the scale 1.5.
        assertThat(s.mase()).isCloseTo(1.0, within(1e-12));
        // No variance: the band is the point 2, which no actual day hit.
        assertThat(s.coverage()).isZero();
    }

    @Test
    void seriesAddUpAndAFlatHistoryLeavesMaseOut() {
        DemandScore s = DemandScore.ZERO
                .plus(DemandPath.constant(2, 1, 0), new double[] {1, 1}, 0.5)
                .plus(DemandPath.constant(2, 1, 0), new double[] {3, 3}, 0);
        assertThat(s.wape()).isCloseTo(4.0 / 8, within(1e-12));
        assertThat(s.bias()).isCloseTo(-4.0 / 8, within(1e-12));
        assertThat(s.mase())
                .as("only the first series has a scale; its MAE is 0")
                .isZero();
        assertThat(s.coverage())
                .as("the first series' two days sit on the band")
                .isEqualTo(0.5);
    }
}
