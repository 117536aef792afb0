package dev.shoplens.retrain.demand;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.forecast.ProductRefit;
import dev.shoplens.models.demand.DailyDemand;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemandRefitTest {

    static final RefitSettings SETTINGS = NightlyDemandRefitTest.SETTINGS;
    static final int DAYS = 200;

    /**
     * Twelve weekly products on a rising trend; an intermittent one that sold three units on one day in two at random
     * and, for the last five weeks, on one day in ten; one first sold ten days ago.
     */
    static RefitNight night;

    static Map<String, ProductRefit> byId;

    @BeforeAll
    static void refit() {
        Map<String, TreeMap<LocalDate, Double>> shop = DemandShop.shop(12, 0, DAYS, 5);
        java.util.Random random = new java.util.Random(3);
        TreeMap<LocalDate, Double> stopped = new TreeMap<>();
        for (int t = 0; t < DAYS; t++) {
            int gap = t < DAYS - 35 ? 2 : 10;
            stopped.put(DemandShop.FIRST.plusDays(t), t == 0 || random.nextInt(gap) == 0 ? 3.0 : 0.0);
        }
        shop.put("i0", stopped);
        TreeMap<LocalDate, Double> young = new TreeMap<>();
        for (int t = DAYS - 10; t < DAYS; t++) {
            young.put(DemandShop.FIRST.plusDays(t), 4.0);
        }
        shop.put("new", young);
        night = new DemandRefit(SETTINGS).run(DailyDemand.of(shop, DemandShop.FIRST.plusDays(DAYS - 1)));
        byId = night.products().stream().collect(Collectors.toMap(ProductRefit::productId, Function.identity()));
    }

    @Test
    void theForestWinsOnAWeeklyPatternWithATrend() {
        long weekly = byId.values().stream()
                .filter(p -> p.productId().startsWith("w"))
                .count();
        long served = byId.values().stream()
                .filter(p -> p.productId().startsWith("w") && p.nightlyServes())
                .count();
        double forest = sum(p -> p.productId().startsWith("w") ? p.nightlyAbsoluteError() : 0);
        double streaming = sum(p -> p.productId().startsWith("w") ? p.streamingAbsoluteError() : 0);

        assertThat(forest).as("held-out absolute error, weekly products").isLessThan(0.9 * streaming);
        assertThat(served).as("weekly products the forest serves").isGreaterThan(weekly / 2);
    }

    @Test
    void theForestsForecastHasTheWeeksShape() {
        ProductRefit biggest = byId.get("w11");
        double[] mean = biggest.forecast().mean();
        Map<DayOfWeek, Double> byWeekday = new java.util.EnumMap<>(DayOfWeek.class);
        for (int h = 1; h <= 7; h++) {
            byWeekday.put(biggest.originDay().plusDays(h).getDayOfWeek(), mean[h - 1]);
        }
        // Mondays sell three times a Wednesday; nothing sells at weekends.
        assertThat(byWeekday.get(DayOfWeek.MONDAY) / byWeekday.get(DayOfWeek.WEDNESDAY))
                .isBetween(2.4, 3.6);
        assertThat(byWeekday.get(DayOfWeek.SATURDAY)).isLessThan(0.05 * byWeekday.get(DayOfWeek.MONDAY));
        assertThat(byWeekday.get(DayOfWeek.SUNDAY)).isLessThan(0.05 * byWeekday.get(DayOfWeek.MONDAY));
        // One level for the four weeks ahead (the weekday's mean over them), so every week has the same shape.
        assertThat(mean).hasSize(SETTINGS.forecastDays());
        assertThat(mean[7]).isEqualTo(mean[0]);
    }

    /**
     * The streaming methods follow a product's days as they close (TSB's chance of a sale falls with each quiet day);
     * the forest's level reaches eight weeks back, and no product it learnt from fell like this one.
     */
    @Test
    void anIntermittentProductWhoseSalesFellKeepsItsStreamingForecast() {
        ProductRefit intermittent = byId.get("i0");

        assertThat(intermittent.chosen()).isEqualTo(ProductRefit.STREAMING);
        assertThat(intermittent.streamingMethod()).isIn("tsb", "croston", "moving_average");
        assertThat(intermittent.holdoutUnits()).isPositive();
        assertThat(intermittent.streamingAbsoluteError()).isLessThan(intermittent.nightlyAbsoluteError());
        assertThat(intermittent.nightlyAbsoluteError())
                .isGreaterThanOrEqualTo((1 - SETTINGS.margin()) * intermittent.streamingAbsoluteError());
    }

    @Test
    void aProductWithoutDaysBeforeTheHeldOutOnesKeepsItsStreamingForecast() {
        ProductRefit young = byId.get("new");

        assertThat(young.chosen()).isEqualTo(ProductRefit.STREAMING);
        assertThat(young.nightlyWape()).isNull();
        assertThat(young.holdoutUnits()).isEqualTo(40);
    }

    @Test
    void theChosenForecastsErrIsNoMoreThanTheStreamingForecastsAlone() {
        assertThat(night.chosen().absoluteError())
                .isLessThanOrEqualTo(night.streaming().absoluteError());
        assertThat(night.chosen().series()).isEqualTo(night.products().size() - 1); // "new" is not comparable
        assertThat(night.servedByForest() + night.servedByStreaming()).isEqualTo(14);
        assertThat(night.lastDay()).isEqualTo(DemandShop.FIRST.plusDays(DAYS - 1));
    }

    @Test
    void theBandOfAForestDayHoldsItsMean() {
        ProductRefit p = byId.get("w11");
        var monday = p.forecast().day(dayAhead(p, DayOfWeek.MONDAY));

        assertThat(monday.quantile(0.1)).isLessThan(monday.mean());
        assertThat(monday.quantile(0.9)).isGreaterThan(monday.mean());
    }

    private static int dayAhead(ProductRefit p, DayOfWeek weekday) {
        for (int h = 1; ; h++) {
            if (p.originDay().plusDays(h).getDayOfWeek() == weekday) {
                return h;
            }
        }
    }

    private static double sum(java.util.function.ToDoubleFunction<ProductRefit> f) {
        return byId.values().stream().mapToDouble(f).sum();
    }
}
