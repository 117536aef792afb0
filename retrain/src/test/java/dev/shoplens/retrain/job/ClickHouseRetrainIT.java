package dev.shoplens.retrain.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.forecast.ProductRefit;
import dev.shoplens.models.labels.Horizons;
import dev.shoplens.models.labels.ModelKind;
import dev.shoplens.models.metrics.PromotionRule;
import dev.shoplens.models.train.LstmSettings;
import dev.shoplens.retrain.PlantedShop;
import dev.shoplens.retrain.demand.NightlyDemandRefit;
import dev.shoplens.retrain.demand.NightlyDemandRefitTest;
import dev.shoplens.retrain.history.StoreHistory;
import dev.shoplens.retrain.sequences.SequenceSettings;
import dev.shoplens.retrain.sequences.StoredCustomer;
import dev.shoplens.retrain.sequences.StoredShop;
import dev.shoplens.scores.RetrainRun;
import dev.shoplens.store.ClickHouseSettings;
import dev.shoplens.store.read.InventoryFilter;
import dev.shoplens.store.read.ModelSummary;
import dev.shoplens.store.read.ShopReader;
import dev.shoplens.store.write.ResultWriter;
import dev.shoplens.testing.ClickHouseTestEngine;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nights of the retrain on the real ClickHouse engine behind its HTTP interface: the same SQL, tables read FINAL,
 * models kept base64-encoded (the second night warm-starts from the first night's model read back from there).
 */
class ClickHouseRetrainIT {

    static final RetrainSettings SETTINGS = new RetrainSettings(
            new SequenceSettings(30, 7, 2, Horizons.defaults()),
            new LstmSettings(8, 0.01, 1e-4, 64, 3, 2, 40_000, 0.2, 13),
            PromotionRule.defaults(),
            1,
            2,
            NightlyDemandRefitTest.SETTINGS);

    @TempDir
    static Path engineDir;

    static ClickHouseTestEngine clickhouse;

    @BeforeAll
    static void startEngine() throws Exception {
        clickhouse = ClickHouseTestEngine.start(engineDir);
    }

    @AfterAll
    static void stopEngine() {
        clickhouse.close();
    }

    @Test
    void twoNightsRegisterWarmStartScoreAndCompareOnClickHouse() {
        ClickHouseSettings store = new ClickHouseSettings(
                clickhouse.url(), "retrain", clickhouse.user(), clickhouse.password(), clickhouse.compresses());
        StoredShop shop = PlantedShop.shop("c", 200, 130, 4);
        try (ResultWriter writer = store.openWriter()) {
            PlantedShop.write(shop, writer);
            writer.writeCustomerScores(NightlyRetrainTest.randomLogisticScores(shop));
        }
        // The wall clock: a run is keyed by kind and start, and the two nights must not share one.
        NightlyRetrain retrain = new NightlyRetrain(store, SETTINGS, Clock.systemUTC());

        List<RetrainRun> first = retrain.run(PlantedShop.day(110));
        List<RetrainRun> second = retrain.run(PlantedShop.day(117));

        assertThat(first).extracting(RetrainRun::outcome).doesNotContain(RetrainRun.FAILED);
        assertThat(second).extracting(RetrainRun::version).containsExactly(2, 2);
        try (ShopReader reader = store.openReader()) {
            List<ModelSummary> versions = reader.models().versions("purchase_lstm");
            assertThat(versions).extracting(ModelSummary::version).containsExactly(1, 2);
            assertThat(versions.get(1).parent()).isEqualTo(1);
        }
        assertThat(count(store, "sequence_scores FINAL WHERE kind = 'purchase'"))
                .isEqualTo(400);
        assertThat(count(store, "retrain_runs FINAL")).isEqualTo(4);
        assertThat(count(store, "champion_challenger FINAL WHERE kind = 'purchase' AND customers = 200"))
                .isEqualTo(1);
        assertThat(new RetrainStore(store).champion(ModelKind.PURCHASE)).isIn("lstm", "logistic");
    }

    @Test
    void aReplayedCustomerDayIsReadOnceWithItsNewestCounts() {
        ClickHouseSettings store = new ClickHouseSettings(
                clickhouse.url(), "days", clickhouse.user(), clickhouse.password(), clickhouse.compresses());
        StoredShop shop = PlantedShop.shop("c", 20, 40, 6);
        try (ResultWriter writer = store.openWriter()) {
            PlantedShop.write(shop, writer);
            PlantedShop.write(shop, writer); // the replay: a second copy of every row until a merge
        }
        assertThat(count(store, "customer_daily")).as("copies before a merge").isEqualTo(2 * days(shop));

        StoredShop read = StoreHistory.read(store);

        assertThat(read.customers()).hasSize(20);
        for (int i = 0; i < 20; i++) {
            StoredCustomer written = shop.customers().get(i);
            StoredCustomer stored = read.customers().stream()
                    .filter(c -> c.customerId().equals(written.customerId()))
                    .findFirst()
                    .orElseThrow();
            // Days up to the last whole one before the newest event (day 40 is its midnight: every day is whole).
            assertThat(stored.days()).as(written.customerId()).isEqualTo(written.days());
        }
    }

    @Test
    void theDemandRefitReadsTheProductDaysAndPlanningServesItsChoiceOnClickHouse() {
        ClickHouseSettings store = new ClickHouseSettings(
                clickhouse.url(), "demand", clickhouse.user(), clickhouse.password(), clickhouse.compresses());
        NightlyDemandRefitTest.writeShop(store);

        RetrainRun run = new NightlyDemandRefit(store, NightlyDemandRefitTest.SETTINGS, Clock.systemUTC())
                .run(NightlyDemandRefitTest.NIGHT)
                .orElseThrow();

        assertThat(run.outcome()).as(run.reason()).isEqualTo(NightlyDemandRefit.REFITTED);
        assertThat(count(store, "demand_refits FINAL")).isEqualTo(NightlyDemandRefitTest.PRODUCTS);
        long nightly = count(store, "demand_refits FINAL WHERE chosen = 'nightly'");
        assertThat(nightly).isPositive();
        assertThat(count(store, "demand_refit_days FINAL")).isEqualTo(30 * nightly);
        try (ShopReader reader = store.openReader()) {
            assertThat(reader.inventory().plans(InventoryFilter.ALL))
                    .filteredOn(r -> r.method().equals(ProductRefit.FOREST_METHOD))
                    .hasSize((int) nightly);
            assertThat(reader.models().versions(NightlyDemandRefit.KIND))
                    .singleElement()
                    .satisfies(v -> assertThat(v.serving()).isTrue());
        }
    }

    private static long days(StoredShop shop) {
        return shop.customers().stream().mapToLong(c -> c.days().size()).sum();
    }

    private static long count(ClickHouseSettings store, String from) {
        return Long.parseLong(clickhouse
                .query("SELECT count() FROM " + store.database() + "." + from, "TabSeparated")
                .strip());
    }
}
