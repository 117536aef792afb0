package dev.shoplens.retrain.demand;

import static dev.shoplens.retrain.StoreAnswers.number;
import static dev.shoplens.retrain.StoreAnswers.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shoplens.forecast.DemandForecast;
import dev.shoplens.forecast.DemandPath;
import dev.shoplens.forecast.ForecastAccuracy;
import dev.shoplens.forecast.ProductRefit;
import dev.shoplens.forecast.SeriesLevel;
import dev.shoplens.models.demand.ForestSettings;
import dev.shoplens.retrain.job.NightlyRetrain;
import dev.shoplens.retrain.job.RetrainSettings;
import dev.shoplens.scores.RetrainRun;
import dev.shoplens.store.DuckDbSettings;
import dev.shoplens.store.StoreSettings;
import dev.shoplens.store.read.InventoryFilter;
import dev.shoplens.store.read.InventoryRow;
import dev.shoplens.store.read.ModelSummary;
import dev.shoplens.store.read.ShopReader;
import dev.shoplens.store.write.ResultWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The nightly demand refit end to end on DuckDB: product days in, verdicts, forecasts, registry and run out. */
public class NightlyDemandRefitTest {

    /** A small forest, so the retrain's tests stay quick. */
    public static final RefitSettings SETTINGS =
            new RefitSettings(28, 30, 0.1, new ForestSettings(12, 8, 0.5f, 1f, 6, 7));

    static final int DAYS = 150;
    static final LocalDate LAST = DemandShop.FIRST.plusDays(DAYS - 1);
    public static final Instant NIGHT = LAST.plusDays(1).atTime(2, 30).toInstant(ZoneOffset.UTC);
    /** The products {@link #writeShop} writes. */
    public static final int PRODUCTS = 10;

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    DuckDbSettings store;

    @BeforeEach
    void writeShop() {
        store = DuckDbSettings.inDataDir(dir);
        writeShop(store);
    }

    /** Eight weekly and two intermittent products' days, and a streaming forecast of each as of the last day. */
    public static void writeShop(StoreSettings store) {
        // A day more than the night may read: the refit must leave the open day alone.
        Map<String, TreeMap<LocalDate, Double>> shop = DemandShop.shop(8, 2, DAYS + 1, 11);
        try (ResultWriter writer = store.openWriter()) {
            writer.writeProductDays(DemandShop.productDays(shop, NIGHT));
            writer.writeForecasts(shop.keySet().stream()
                    .map(id -> new DemandForecast(
                            SeriesLevel.PRODUCT,
                            id,
                            "c",
                            LAST,
                            "seasonal_naive",
                            DemandPath.constant(28, 1, 1),
                            new ForecastAccuracy(0.9, 0.1, 0.9, 60),
                            NIGHT))
                    .toList());
        }
    }

    @Test
    void theNightlyRetrainRefitsTheDemandForecastsAndPlanningServesTheChosenOnes() throws Exception {
        List<RetrainRun> runs = new NightlyRetrain(store, settings(), clock()).run(NIGHT);

        RetrainRun run = runs.stream()
                .filter(r -> r.kind().equals(NightlyDemandRefit.KIND))
                .findFirst()
                .orElseThrow();
        assertThat(run.outcome()).isEqualTo(NightlyDemandRefit.REFITTED);
        assertThat(run.version()).isEqualTo(1);
        assertThat(run.dataUntil())
                .isEqualTo(LAST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        assertThat(run.reason()).startsWith("10 products: the forest serves ");
        assertThat(number(
                        store,
                        "SELECT count(*) FROM retrain_runs WHERE kind = 'demand_forest' AND outcome = 'refitted'"))
                .isEqualTo(1);

        long nightly = number(store, "SELECT count(*) FROM demand_refits WHERE chosen = 'nightly'");
        assertThat(number(store, "SELECT count(*) FROM demand_refits WHERE origin_day = DATE '" + LAST + "'"))
                .isEqualTo(10);
        assertThat(nightly).isPositive();
        assertThat(number(store, "SELECT count(*) FROM demand_refit_days")).isEqualTo(30 * nightly);

        try (ShopReader reader = store.openReader()) {
            ModelSummary v1 = reader.models().versions(NightlyDemandRefit.KIND).get(0);
            assertThat(v1.serving()).isTrue();
            JsonNode metrics = JSON.readTree(v1.metricsJson());
            assertThat(metrics.get("products").asInt()).isEqualTo(10);
            assertThat(metrics.get("servedByForest").asLong()).isEqualTo(nightly);
            assertThat(metrics.at("/chosen/wape").asDouble())
                    .isLessThanOrEqualTo(metrics.at("/streaming/wape").asDouble());

            List<InventoryRow> plans = reader.inventory().plans(InventoryFilter.ALL);
            assertThat(plans)
                    .filteredOn(r -> r.method().equals(ProductRefit.FOREST_METHOD))
                    .hasSize((int) nightly);
        }
        JsonNode provenance =
                JSON.readTree(text(store, "SELECT provenance FROM model_versions WHERE kind = 'demand_forest'"));
        assertThat(provenance.get("seed").asLong()).isEqualTo(7);
        assertThat(provenance.get("lastDay").asText()).isEqualTo(LAST.toString());
        assertThat(provenance.get("tribuo").toString()).contains("RandomForestTrainer");
    }

    @Test
    void theNextNightServesANewVersionAndRetiresTheLast() throws Exception {
        NightlyDemandRefit refit = new NightlyDemandRefit(store, SETTINGS, clock());
        refit.run(NIGHT);

        RetrainRun next = refit.run(NIGHT.plusSeconds(86_400)).orElseThrow();

        assertThat(next.version()).isEqualTo(2);
        try (ShopReader reader = store.openReader()) {
            assertThat(reader.models().versions(NightlyDemandRefit.KIND))
                    .extracting(ModelSummary::version, ModelSummary::serving)
                    .containsExactly(tuple(1, false), tuple(2, true));
        }
        assertThat(number(
                        store, "SELECT count(*) FROM demand_refits WHERE origin_day = DATE '" + LAST.plusDays(1) + "'"))
                .isEqualTo(10);
    }

    @Test
    void aRefitThatFailsSaysWhyAndLeavesTheForecastsAsTheyWere() throws Exception {
        NightlyDemandRefit refit = new NightlyDemandRefit(store, SETTINGS, clock());
        refit.run(NIGHT);
        long before = number(store, "SELECT count(*) FROM demand_refit_days");

        // Three weeks of days are too few to learn four weeks ahead from.
        RetrainRun failed = refit.run(DemandShop.FIRST
                        .plusDays(21)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant())
                .orElseThrow();

        assertThat(failed.outcome()).isEqualTo(RetrainRun.FAILED);
        assertThat(failed.reason()).contains("28 days of sales");
        assertThat(number(store, "SELECT count(*) FROM demand_refit_days")).isEqualTo(before);
        assertThat(number(store, "SELECT count(*) FROM demand_refits WHERE origin_day = DATE '" + LAST + "'"))
                .isEqualTo(10);
    }

    @Test
    void aStoreWithoutProductDaysHasNothingToRefit() {
        DuckDbSettings empty = DuckDbSettings.inDataDir(dir.resolve("empty"));
        empty.migrate();

        assertThat(new NightlyDemandRefit(empty, SETTINGS, clock()).run(NIGHT)).isEmpty();
    }

    static RetrainSettings settings() {
        RetrainSettings defaults = RetrainSettings.defaults(1);
        return new RetrainSettings(
                defaults.sequences(), defaults.lstm(), defaults.promotion(), 1, defaults.reasons(), SETTINGS);
    }

    static Clock clock() {
        return Clock.fixed(NIGHT, ZoneOffset.UTC);
    }
}
