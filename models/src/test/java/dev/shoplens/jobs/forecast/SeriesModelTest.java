package dev.shoplens.jobs.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.shoplens.forecast.DemandPath;
import dev.shoplens.forecast.ForecastAccuracy;
import java.util.SplittableRandom;
import java.util.function.LongToDoubleFunction;
import org.junit.jupiter.api.Test;

/** Forecasts of constructed series whose right answer is known. */
class SeriesModelTest {

    /** A Monday (epoch day 20,517 is 2026-03-02). */
    static final long MONDAY = 20_517;

    static SeriesModel learnt(int days, LongToDoubleFunction demandOnDay) {
        SeriesModel model = new SeriesModel();
        for (long d = MONDAY; d < MONDAY + days; d++) {
            model.learn(d, demandOnDay.applyAsDouble(d - MONDAY));
        }
        return model;
    }

    @Test
    void aConstantSeriesIsForecastExactlyWithNoSpread() {
        SeriesModel model = learnt(60, d -> 5);

        DemandPath path = model.forecast();
        for (int day = 1; day <= SeriesModel.HORIZON_DAYS; day++) {
            assertThat(path.day(day).mean()).isCloseTo(5, within(1e-9));
            assertThat(path.day(day).quantile(0.1)).isCloseTo(5, within(1e-9));
            assertThat(path.day(day).quantile(0.9)).isCloseTo(5, within(1e-9));
        }
        assertThat(model.accuracy().wape()).isCloseTo(0, within(1e-9));
        assertThat(model.accuracy().bias()).isCloseTo(0, within(1e-9));
    }

    @Test
    void aWeeklyPatternIsForecastWeekdayByWeekday() {
        // 10 a day on weekdays, 30 on Saturdays and Sundays.
        LongToDoubleFunction weekly = d -> d % 7 >= 5 ? 30 : 10;
        SeriesModel model = learnt(10 * 7, weekly);

        DemandPath path = model.forecast();
        for (int day = 1; day <= SeriesModel.HORIZON_DAYS; day++) {
            assertThat(path.day(day).mean())
                    .as("day %d", day)
                    .isCloseTo(weekly.applyAsDouble(70 + day - 1), within(1e-9));
        }
        assertThat(model.chosen()).isEqualTo(Method.SEASONAL_NAIVE);
        // Holt-Winters learns the same pattern, to within a unit after ten weeks.
        DemandPath holtWinters = model.forecast(Method.HOLT_WINTERS);
        for (int day = 1; day <= SeriesModel.HORIZON_DAYS; day++) {
            assertThat(holtWinters.day(day).mean()).isCloseTo(weekly.applyAsDouble(70 + day - 1), within(1.0));
        }
    }

    @Test
    void anIntermittentSeriesIsForecastAtItsMeanRateByAnIntermittentMethod() {
        // 4 units every fifth day: 0.8 a day. A weekly method cannot see a five-day rhythm.
        SeriesModel model = learnt(200, d -> d % 5 == 0 ? 4 : 0);

        assertThat(model.chosen()).isIn(Method.TSB, Method.CROSTON);
        DemandPath path = model.forecast();
        assertThat(path.meanPerDay()).isCloseTo(0.8, within(0.15));
        assertThat(path.day(1).quantile(0.5))
                .as("most days sell nothing: the median lies below the mean")
                .isLessThan(path.day(1).mean());
        assertThat(path.day(1).quantile(0.9)).isGreaterThan(path.day(1).mean());
    }

    @Test
    void anIntermittentSeriesGetsBandsThatHoldItsDays() {
        // A product that sells on about one day in four, 1 to 6 units: four weeks ahead, P10-P90 should hold about
        // 80% of the days. Without a chance of no demand, the band's lower end sat above zero and held almost none.
        SplittableRandom random = new SplittableRandom(7);
        double[] demand = new double[200 + SeriesModel.HORIZON_DAYS];
        for (int d = 0; d < demand.length; d++) {
            demand[d] = random.nextInt(4) == 0 ? 1 + random.nextInt(6) : 0;
        }
        SeriesModel model = learnt(200, d -> demand[(int) d]);

        DemandPath path = model.forecast();
        assertThat(path.noDemand()).isCloseTo(0.75, within(0.1));
        int held = 0;
        for (int day = 1; day <= SeriesModel.HORIZON_DAYS; day++) {
            double y = demand[200 + day - 1];
            held += y >= path.day(day).quantile(0.1) && y <= path.day(day).quantile(0.9) ? 1 : 0;
            assertThat(path.day(day).quantile(0.1)).isZero();
        }
        assertThat(held / (double) SeriesModel.HORIZON_DAYS).isBetween(0.7, 0.95);
    }

    @Test
    void aTrendIsFollowedAndDamped() {
        SeriesModel model = learnt(120, d -> 20 + 0.2 * d);

        DemandPath path = model.forecast(Method.HOLT_WINTERS);
        assertThat(path.day(1).mean()).isCloseTo(20 + 0.2 * 120, within(1.5));
        assertThat(path.day(28).mean()).isGreaterThan(path.day(1).mean());
        assertThat(path.day(28).mean()).isLessThan(20 + 0.2 * (120 + 27));
    }

    @Test
    void forecastsNeverGoNegativeAndDecayWhenAProductStopsSelling() {
        SeriesModel model = learnt(90, d -> d < 60 ? 50 - 0.8 * d : 0);

        for (Method m : Method.values()) {
            for (double mean : model.forecast(m).mean()) {
                assertThat(mean).as(m.name()).isGreaterThanOrEqualTo(0);
            }
        }
        assertThat(model.forecast(Method.TSB).day(1).mean())
                .isLessThan(model.forecast(Method.CROSTON).day(1).mean());
        assertThat(model.forecast().meanPerDay()).isLessThan(2);
    }

    @Test
    void onNoisyWeeklyDemandTheChosenForecastBeatsSeasonalNaive() {
        SplittableRandom rng = new SplittableRandom(11);
        double[] weekly = {3, 3, 3, 4, 5, 8, 6};
        SeriesModel model = learnt(26 * 7, d -> poisson(rng, weekly[(int) (d % 7)]));

        ForecastAccuracy accuracy = model.accuracy();
        assertThat(accuracy.measuredDays()).isGreaterThan(100);
        assertThat(accuracy.relativeToNaive()).isLessThan(0.85);
        assertThat(Math.abs(accuracy.bias())).isLessThan(0.1);
        // The days ahead are Monday to Sunday: a week's total of 32, Saturday the busiest day.
        DemandPath path = model.forecast();
        assertThat(path.over(7).mean()).isCloseTo(32, within(0.1 * 32));
        assertThat(path.day(6).mean()).isGreaterThan(path.day(1).mean() + 2);
        assertThat(path.over(7).quantile(0.1)).isLessThan(32);
        assertThat(path.over(7).quantile(0.9)).isGreaterThan(32);
    }

    @Test
    void daysThatEndOutOfStockDoNotTeachThatDemandFell() {
        SeriesModel censored = new SeriesModel();
        SeriesModel naive = new SeriesModel();
        for (long d = MONDAY; d < MONDAY + 60; d++) {
            boolean empty = d >= MONDAY + 50; // sold out from day 50 on: nothing sells
            censored.learn(d, empty ? 0 : 5, empty);
            naive.learn(d, empty ? 0 : 5);
        }

        assertThat(censored.forecast().day(1).mean()).isCloseTo(5, within(1e-9));
        assertThat(censored.accuracy().measuredDays())
                .as("stocked-out days are not scored")
                .isEqualTo(49);
        assertThat(naive.forecast().day(1).mean()).isLessThan(2.5);
    }

    @Test
    void negativeNetDemandCountsAsNone() {
        SeriesModel model = learnt(30, d -> d % 2 == 0 ? 4 : -6);

        assertThat(model.forecast(Method.MOVING_AVERAGE).day(1).mean()).isCloseTo(2, within(1e-9));
    }

    static double poisson(SplittableRandom rng, double mean) {
        double limit = Math.exp(-mean);
        double product = rng.nextDouble();
        int k = 0;
        while (product > limit) {
            product *= rng.nextDouble();
            k++;
        }
        return k;
    }
}
