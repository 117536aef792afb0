package dev.shoplens.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.shoplens.features.ProductDay;
import dev.shoplens.forecast.DemandForecast;
import dev.shoplens.forecast.DemandPath;
import dev.shoplens.forecast.ForecastAccuracy;
import dev.shoplens.forecast.ForecastDay;
import dev.shoplens.forecast.ProductRefit;
import dev.shoplens.forecast.SeriesLevel;
import dev.shoplens.store.read.DemandChart;
import dev.shoplens.store.read.InventoryFilter;
import dev.shoplens.store.read.InventoryRow;
import dev.shoplens.store.read.ShopReader;
import dev.shoplens.store.write.RefitTables;
import dev.shoplens.store.write.ResultWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The nightly demand refit's verdicts and forecasts written and read back through inventory planning, whatever
 * database is behind the store: a product the refit serves is planned on the forest's days under the forest's
 * name and held-out error, every other product on the streaming forecast. Subclasses supply a fresh, empty store.
 */
abstract class NightlyForecastContract {

    static final LocalDate ORIGIN = LocalDate.of(2026, 3, 1);
    static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    StoreSettings store;

    abstract StoreSettings newStore();

    static DemandForecast streaming(String id, double mean) {
        return streaming(id, mean, ORIGIN);
    }

    static DemandForecast streaming(String id, double mean, LocalDate origin) {
        return new DemandForecast(
                SeriesLevel.PRODUCT,
                id,
                "toys",
                origin,
                "tsb",
                DemandPath.constant(28, mean, mean),
                new ForecastAccuracy(0.9, 0.1, 1.1, 40),
                NOW);
    }

    /** A night's verdict on a product whose forest forecast is {@code mean} a day, from {@code lastDay} on. */
    static ProductRefit refit(String id, String chosen, LocalDate lastDay, double mean) {
        return new ProductRefit(
                id,
                lastDay,
                chosen,
                "tsb",
                28,
                140,
                70,
                90,
                0.5,
                -0.1,
                0.64,
                0.8,
                DemandPath.constant(30, mean, 2 * mean));
    }

    static void writeNight(StoreSettings store, List<ProductRefit> refits) {
        List<ForecastDay> days = new ArrayList<>();
        refits.forEach(r -> days.addAll(RefitTables.days(r)));
        try (ResultWriter writer = store.openWriter()) {
            writer.write(RefitTables.DEMAND_REFIT_DAYS, days);
            writer.write(RefitTables.DEMAND_REFITS, refits);
        }
    }

    @BeforeEach
    void writeShop() {
        store = newStore();
        try (ResultWriter writer = store.openWriter()) {
            // p3 has been quiet: its streaming forecast is as of the last day it had any activity.
            writer.writeForecasts(
                    List.of(streaming("p1", 2), streaming("p2", 3), streaming("p3", 1, ORIGIN.minusDays(10))));
            writer.writeProductDays(List.of(
                    new ProductDay("p1", ORIGIN, "toys", 2, 0, 4, 0, 0, 40, NOW),
                    new ProductDay("p2", ORIGIN, "toys", 3, 0, 6, 0, 0, 40, NOW)));
        }
    }

    Map<String, InventoryRow> plans() {
        try (ShopReader reader = store.openReader()) {
            return reader.inventory().plans(InventoryFilter.ALL).stream()
                    .collect(Collectors.toMap(InventoryRow::productId, Function.identity()));
        }
    }

    @Test
    void aProductTheForestServesIsPlannedOnTheForestsDays() {
        // Refitted the night after the day before the streaming origin: its 30 days still cover the next 28.
        writeNight(
                store,
                List.of(
                        refit("p1", ProductRefit.NIGHTLY, ORIGIN.minusDays(1), 5),
                        refit("p2", ProductRefit.STREAMING, ORIGIN.minusDays(1), 7)));

        Map<String, InventoryRow> plans = plans();

        assertThat(plans.get("p1").method()).isEqualTo(ProductRefit.FOREST_METHOD);
        assertThat(plans.get("p1").demandPerDay()).isCloseTo(5, within(1e-9));
        assertThat(plans.get("p1").accuracy()).isEqualTo(new ForecastAccuracy(0.5, -0.1, 0.8, 28));
        assertThat(plans.get("p2").method()).isEqualTo("tsb");
        assertThat(plans.get("p2").demandPerDay()).isCloseTo(3, within(1e-9));
        assertThat(plans.get("p3").method()).isEqualTo("tsb");
    }

    @Test
    void aQuietProductsOlderStreamingForecastGivesWayToTheNightsFromItsOwnOrigin() {
        writeNight(store, List.of(refit("p3", ProductRefit.NIGHTLY, ORIGIN, 4)));

        InventoryRow p3 = plans().get("p3");

        assertThat(p3.method()).isEqualTo(ProductRefit.FOREST_METHOD);
        assertThat(p3.originDay()).isEqualTo(ORIGIN);
        assertThat(p3.demandPerDay()).isCloseTo(4, within(1e-9));
    }

    @Test
    void aNightlyForecastThatNoLongerCoversTheHorizonStopsServing() {
        writeNight(store, List.of(refit("p1", ProductRefit.NIGHTLY, ORIGIN.minusDays(3), 5)));

        InventoryRow p1 = plans().get("p1");

        assertThat(p1.method()).isEqualTo("tsb");
        assertThat(p1.demandPerDay()).isCloseTo(2, within(1e-9));
    }

    @Test
    void theNextNightsVerdictReplacesTheLastOnes() {
        writeNight(store, List.of(refit("p1", ProductRefit.NIGHTLY, ORIGIN, 5)));
        writeNight(store, List.of(refit("p1", ProductRefit.STREAMING, ORIGIN, 6)));

        assertThat(plans().get("p1").method()).isEqualTo("tsb");

        writeNight(store, List.of(refit("p1", ProductRefit.NIGHTLY, ORIGIN, 6)));

        assertThat(plans().get("p1").demandPerDay()).isCloseTo(6, within(1e-9));
    }

    @Test
    void theChartOfAProductTheForestServesShowsTheForestsDaysAndBand() {
        writeNight(store, List.of(refit("p1", ProductRefit.NIGHTLY, ORIGIN, 5)));

        DemandChart chart;
        try (ShopReader reader = store.openReader()) {
            chart = reader.inventory().chart(SeriesLevel.PRODUCT, "p1", 14).orElseThrow();
        }

        assertThat(chart.method()).isEqualTo(ProductRefit.FOREST_METHOD);
        assertThat(chart.accuracy().wape()).isEqualTo(0.5);
        assertThat(chart.forecast()).hasSize(28);
        ForecastDay first = chart.forecast().get(0);
        assertThat(first.day()).isEqualTo(ORIGIN.plusDays(1));
        assertThat(first.mean()).isCloseTo(5, within(1e-9));
        assertThat(first.p10()).isLessThan(5);
        assertThat(first.p90()).isGreaterThan(5);
    }
}
