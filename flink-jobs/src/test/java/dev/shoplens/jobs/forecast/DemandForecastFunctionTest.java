package dev.shoplens.jobs.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.shoplens.forecast.DemandForecast;
import dev.shoplens.forecast.SeriesLevel;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DemandForecastFunctionTest {

    static final Duration LATENESS = Duration.ofMinutes(10);
    static final int IDLE_DAYS = 5;
    static final long DAY = 86_400_000L;
    /** 2026-03-02, a Monday. */
    static final long MONDAY = LocalDate.of(2026, 3, 2).toEpochDay();

    KeyedOneInputStreamOperatorTestHarness<String, DemandUpdate, DemandForecast> harness;

    @BeforeEach
    void setUp() throws Exception {
        harness = harnessOf(new ForecastSettings(LATENESS, IDLE_DAYS));
    }

    @AfterEach
    void tearDown() throws Exception {
        harness.close();
    }

    static KeyedOneInputStreamOperatorTestHarness<String, DemandUpdate, DemandForecast> harnessOf(
            ForecastSettings settings) throws Exception {
        return ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                new DemandForecastFunction(settings), DemandUpdate::key, Types.STRING);
    }

    static DemandUpdate product(String id, long day, double unitsSoFar) {
        return new DemandUpdate(SeriesLevel.PRODUCT, id, "toys", day, unitsSoFar, true);
    }

    /** The moment (event time) a day closes: its end plus the allowed lateness. */
    static long close(long day) {
        return (day + 1) * DAY - 1 + LATENESS.toMillis();
    }

    void send(DemandUpdate update, double hourOfDay) throws Exception {
        harness.processElement(update, update.day() * DAY + (long) (hourOfDay * 3_600_000));
    }

    List<DemandForecast> forecasts() {
        return harness.extractOutputValues();
    }

    @Test
    void aDayIsLearntOnceItClosesFromItsNewestRunningTotal() throws Exception {
        send(product("p1", MONDAY, 1), 10);
        send(product("p1", MONDAY, 3), 11);
        harness.processWatermark(close(MONDAY) - 1);
        assertThat(forecasts()).as("Monday is still open").isEmpty();

        harness.processWatermark(close(MONDAY));

        DemandForecast forecast = forecasts().get(0);
        assertThat(forecast.level()).isEqualTo(SeriesLevel.PRODUCT);
        assertThat(forecast.seriesId()).isEqualTo("p1");
        assertThat(forecast.category()).isEqualTo("toys");
        assertThat(forecast.originDay()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(forecast.method()).isEqualTo("moving_average");
        assertThat(forecast.path().day(1).mean()).isEqualTo(3);
        assertThat(forecast.path().days()).isEqualTo(28);
        assertThat(harness.getSideOutput(DemandForecastFunction.ROLLUP))
                .extracting(StreamRecord::getValue)
                .containsExactly(
                        new DemandUpdate(SeriesLevel.CATEGORY, "toys", "toys", MONDAY, 3, false),
                        new DemandUpdate(SeriesLevel.SHOP, DemandUpdate.SHOP, null, MONDAY, 3, false));
    }

    @Test
    void quietDaysAreLearntAsNoDemandUntilTheSeriesIsIdleThenNothingIsLeft() throws Exception {
        send(product("p1", MONDAY, 4), 10);
        send(product("p1", MONDAY + 1, 2), 10);

        harness.processWatermark(close(MONDAY + 1 + IDLE_DAYS) + DAY);

        assertThat(forecasts())
                .extracting(DemandForecast::originDay)
                .as("one move of the watermark: the forecast of the last day it closed")
                .containsExactly(LocalDate.ofEpochDay(MONDAY + 6));
        // Seven days learnt, 6 units: the moving average says 6/7 a day.
        assertThat(forecasts().get(0).path().day(1).mean()).isCloseTo(6 / 7.0, within(1e-12));
        assertThat(harness.numKeyedStateEntries())
                .as("state dropped after idle days")
                .isZero();
        assertThat(harness.numEventTimeTimers()).as("no timer left").isZero();
    }

    /**
     * A replay's watermark closes many days of a series at once: each is learnt, and only the last one's forecast
     * goes out (the store keeps the newest), the same forecast as when the days close one move at a time.
     */
    @Test
    void daysClosedByOneMoveOfTheWatermarkMakeOnlyTheLastDaysForecastTheSameAsOneByOne() throws Exception {
        send(product("p1", MONDAY, 4), 10);
        send(product("p1", MONDAY + 2, 1), 10);
        send(product("p1", MONDAY + 3, 5), 10);
        harness.processWatermark(close(MONDAY + 3));

        KeyedOneInputStreamOperatorTestHarness<String, DemandUpdate, DemandForecast> daily =
                harnessOf(new ForecastSettings(LATENESS, IDLE_DAYS));
        try (daily) {
            for (long day = MONDAY; day <= MONDAY + 3; day++) {
                if (day != MONDAY + 1) {
                    daily.processElement(
                            product("p1", day, day == MONDAY ? 4 : day == MONDAY + 2 ? 1 : 5),
                            day * DAY + 10 * 3_600_000L);
                }
                daily.processWatermark(close(day));
            }

            assertThat(forecasts())
                    .extracting(DemandForecast::originDay)
                    .containsExactly(LocalDate.ofEpochDay(MONDAY + 3));
            assertThat(daily.extractOutputValues()).hasSize(4);
            assertThat(forecasts().get(0)).isEqualTo(daily.extractOutputValues().get(3));
            assertThat(harness.getSideOutput(DemandForecastFunction.ROLLUP))
                    .as("every closed day still reaches its category and the shop")
                    .hasSize(6);
        }
    }

    @Test
    void aProductThatComesBackStartsAfresh() throws Exception {
        send(product("p1", MONDAY, 4), 10);
        harness.processWatermark(close(MONDAY + IDLE_DAYS));
        send(product("p1", MONDAY + 30, 1), 10);
        harness.processWatermark(close(MONDAY + 30));

        DemandForecast last = forecasts().get(forecasts().size() - 1);
        assertThat(last.originDay()).isEqualTo(LocalDate.ofEpochDay(MONDAY + 30));
        assertThat(last.path().day(1).mean()).as("only the new day is known").isEqualTo(1);
    }

    @Test
    void aComebackStartsAfreshWhetherItComesBeforeOrAfterTheIdleDayCloses() throws Exception {
        long comeback = MONDAY + IDLE_DAYS + 1;
        send(product("p1", MONDAY, 4), 10);
        harness.processWatermark(close(MONDAY + IDLE_DAYS));
        send(product("p1", comeback, 1), 10);
        harness.processWatermark(close(comeback));
        List<DemandForecast> after = forecasts();

        // The same updates, the comeback's before the watermark closes the idle day (a watermark that lags more).
        KeyedOneInputStreamOperatorTestHarness<String, DemandUpdate, DemandForecast> early =
                harnessOf(new ForecastSettings(LATENESS, IDLE_DAYS));
        try (early) {
            early.processElement(product("p1", MONDAY, 4), MONDAY * DAY + 10 * 3_600_000L);
            early.processElement(product("p1", comeback, 1), comeback * DAY + 10 * 3_600_000L);
            early.processWatermark(close(comeback));

            assertThat(early.extractOutputValues())
                    .as("the same forecasts, whatever the watermark's timing")
                    .isEqualTo(after);
            assertThat(after.get(after.size() - 1).path().day(1).mean())
                    .as("only the comeback's day is known")
                    .isEqualTo(1);
        }
    }

    @Test
    void theEndOfABoundedInputInventsNoQuietDays() throws Exception {
        send(product("p1", MONDAY, 4), 10);
        send(product("p1", MONDAY + 3, 2), 10);

        harness.processWatermark(Long.MAX_VALUE);

        assertThat(forecasts())
                .extracting(DemandForecast::originDay)
                .containsExactly(LocalDate.ofEpochDay(MONDAY), LocalDate.ofEpochDay(MONDAY + 3));
        // The two days between were real quiet days: 6 units over 4 days.
        assertThat(forecasts().get(1).path().day(1).mean()).isCloseTo(1.5, within(1e-12));
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void whenAReplayEndsItsDaysUpToTheDataEndAreLearntAsIfAWatermarkHadClosedThem() throws Exception {
        ForecastSettings replay =
                new ForecastSettings(LATENESS, IDLE_DAYS).withDataEnd(Instant.ofEpochMilli(close(MONDAY + 5) + 1));
        List<List<DemandForecast>> runs = new ArrayList<>();
        for (boolean watermarkKeptUp : new boolean[] {false, true}) {
            KeyedOneInputStreamOperatorTestHarness<String, DemandUpdate, DemandForecast> run = harnessOf(replay);
            try (run) {
                run.processElement(product("p1", MONDAY, 4), MONDAY * DAY + 10 * 3_600_000L);
                run.processElement(product("p1", MONDAY + 3, 2), (MONDAY + 3) * DAY + 10 * 3_600_000L);
                if (watermarkKeptUp) {
                    run.processWatermark(close(MONDAY + 5));
                }
                run.processWatermark(Long.MAX_VALUE);
                runs.add(run.extractOutputValues());
                assertThat(run.numEventTimeTimers()).isZero();
            }
        }

        assertThat(runs.get(0))
                .as("the same forecasts whether or not a watermark came before the end")
                .isEqualTo(runs.get(1));
        assertThat(runs.get(0))
                .extracting(DemandForecast::originDay)
                .as("the forecast as of the data's end, none after")
                .containsExactly(LocalDate.ofEpochDay(MONDAY + 5));
        assertThat(runs.get(0).get(0).path().day(1).mean())
                .as("every day up to the data's end learnt: 6 units over 6 days")
                .isCloseTo(1.0, within(1e-12));
    }

    @Test
    void anImportMakesEachSeriesForecastOnceAtTheEndAndTheSameAsAReplayThatForecastsAsItGoes() throws Exception {
        ForecastSettings replay =
                new ForecastSettings(LATENESS, IDLE_DAYS).withDataEnd(Instant.ofEpochMilli(close(MONDAY + 12) + 1));
        List<List<DemandForecast>> runs = new ArrayList<>();
        for (ForecastSettings settings : List.of(replay, replay.finalForecastsOnly())) {
            KeyedOneInputStreamOperatorTestHarness<String, DemandUpdate, DemandForecast> run = harnessOf(settings);
            try (run) {
                // p1 sells every other day to the end; p2 sells twice and goes idle (5 days) before the end; p3's
                // last closed day comes with a watermark before the end, so only the end's timer finds its next day
                // past the data.
                for (long day = MONDAY; day <= MONDAY + 12; day++) {
                    if ((day - MONDAY) % 2 == 0) {
                        run.processElement(product("p1", day, 3), day * DAY + 3_600_000L);
                    }
                    if (day <= MONDAY + 1) {
                        run.processElement(product("p2", day, 1), day * DAY + 3_600_000L);
                    }
                    if (day == MONDAY + 12) {
                        run.processElement(product("p3", day, 5), day * DAY + 3_600_000L);
                    }
                    run.processWatermark(close(day));
                }
                run.processWatermark(Long.MAX_VALUE);
                runs.add(run.extractOutputValues());
                assertThat(run.numEventTimeTimers()).isZero();
            }
        }
        List<DemandForecast> asItGoes = runs.get(0);
        List<DemandForecast> atTheEnd = runs.get(1);

        assertThat(asItGoes).hasSizeGreaterThan(atTheEnd.size());
        assertThat(atTheEnd)
                .extracting(DemandForecast::seriesId)
                .as("one forecast per series")
                .containsExactlyInAnyOrder("p1", "p2", "p3");
        for (DemandForecast last : atTheEnd) {
            assertThat(last)
                    .as(last.seriesId() + ": the replay's newest forecast of the series")
                    .isEqualTo(asItGoes.stream()
                            .filter(f -> f.seriesId().equals(last.seriesId()))
                            .reduce((first, second) -> second)
                            .orElseThrow());
        }
    }

    @Test
    void onlyABoundedReplayCanForecastAtItsEnd() {
        assertThatThrownBy(() -> new ForecastSettings(LATENESS, IDLE_DAYS).finalForecastsOnly())
                .hasMessageContaining("data end");
    }

    @Test
    void aDayThatEndsOutOfStockIsLearntAsCensoredUnlessRestocked() throws Exception {
        send(product("p1", MONDAY, 4), 10);
        harness.processWatermark(close(MONDAY));
        send(new DemandUpdate(SeriesLevel.PRODUCT, "p1", "toys", MONDAY + 1, 1, true, true), 9);
        harness.processWatermark(close(MONDAY + 1));
        send(new DemandUpdate(SeriesLevel.PRODUCT, "p1", "toys", MONDAY + 2, 0, true, true), 6);
        send(new DemandUpdate(SeriesLevel.PRODUCT, "p1", "toys", MONDAY + 2, 0, true, false), 7);
        harness.processWatermark(close(MONDAY + 2));

        // Day 2 sold 1 before the shelf emptied: learnt as the 4 expected. Day 3 was restocked: a real 0.
        assertThat(forecasts()).extracting(f -> f.path().day(1).mean()).containsExactly(4.0, 4.0, 8 / 3.0);
    }

    @Test
    void totalsAddTheClosedDaysOfTheirProducts() throws Exception {
        harness.processElement(new DemandUpdate(SeriesLevel.CATEGORY, "toys", "toys", MONDAY, 3, false), close(MONDAY));
        harness.processElement(new DemandUpdate(SeriesLevel.CATEGORY, "toys", "toys", MONDAY, 4, false), close(MONDAY));
        harness.processElement(new DemandUpdate(SeriesLevel.SHOP, "shop", null, MONDAY, 9, false), close(MONDAY));
        harness.processWatermark(close(MONDAY));

        assertThat(forecasts())
                .extracting(f ->
                        f.level() + "/" + f.seriesId() + "=" + f.path().day(1).mean())
                .containsExactlyInAnyOrder("CATEGORY/toys=7.0", "SHOP/shop=9.0");
        assertThat(harness.getSideOutput(DemandForecastFunction.ROLLUP))
                .as("totals are not rolled up again")
                .isNull();
    }
}
