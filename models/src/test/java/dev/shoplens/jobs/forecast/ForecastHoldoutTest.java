package dev.shoplens.jobs.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ForecastHoldoutTest {

    static final long MONDAY = SeriesModelTest.MONDAY;

    static ForecastHoldout.Series series(int days, java.util.function.IntToDoubleFunction demand) {
        double[] values = new double[days];
        for (int d = 0; d < days; d++) {
            values[d] = demand.applyAsDouble(d);
        }
        return new ForecastHoldout.Series(MONDAY, values);
    }

    @Test
    void aConstantSeriesIsForecastWithoutError() {
        Map<String, DemandScore> scores = ForecastHoldout.run(List.of(series(84, d -> 5)), 28);

        assertThat(scores.get(ForecastHoldout.CHOSEN).wape()).isCloseTo(0, within(1e-12));
        assertThat(scores.get(ForecastHoldout.CHOSEN).actual()).isEqualTo(5 * 28);
        assertThat(scores.get("croston").bias()).as("SBA's deflation").isCloseTo(-0.05, within(1e-9));
    }

    @Test
    void errorsAddUpOverSeriesAndSkipSeriesThatStartTooLate() {
        // Seasonal naive repeats the last week learnt: exact on a weekly pattern; on 0,1,0,1... it is off by one in
        // the first and third held-out weeks (an odd number of weeks later) and right in the second and fourth.
        ForecastHoldout.Series weekly = series(56, d -> d % 7 >= 5 ? 30 : 10);
        ForecastHoldout.Series alternating = series(57, d -> d % 2);
        ForecastHoldout.Series late = series(20, d -> 3);

        DemandScore naive =
                ForecastHoldout.run(List.of(weekly, alternating, late), 28).get("seasonal_naive");

        assertThat(naive.series()).isEqualTo(2);
        assertThat(naive.actual()).isEqualTo(4 * (5 * 10 + 2 * 30) + 14);
        assertThat(naive.absoluteError()).isEqualTo(14);
    }

    @Test
    void onNoisyWeeklySeriesTheChosenForecastsBeatSeasonalNaive() {
        SplittableRandom rng = new SplittableRandom(3);
        double[] weekly = {2, 2, 2, 3, 4, 7, 5};
        List<ForecastHoldout.Series> shop = java.util.stream.IntStream.range(0, 40)
                .mapToObj(i -> series(26 * 7, d -> SeriesModelTest.poisson(rng, weekly[d % 7] * (1 + i % 4))))
                .toList();

        Map<String, DemandScore> scores = ForecastHoldout.run(shop, 28);

        assertThat(scores.get(ForecastHoldout.CHOSEN).wape())
                .isLessThan(0.85 * scores.get("seasonal_naive").wape());
        assertThat(scores.get(ForecastHoldout.CHOSEN).wape())
                .isLessThan(scores.get("moving_average").wape());
    }
}
