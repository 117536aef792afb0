package dev.shoplens.retrain.job;

import static dev.shoplens.retrain.StoreAnswers.number;
import static dev.shoplens.retrain.StoreAnswers.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shoplens.models.explain.ReasonPhrases;
import dev.shoplens.models.labels.Horizons;
import dev.shoplens.models.metrics.PromotionRule;
import dev.shoplens.models.train.LstmSettings;
import dev.shoplens.orders.OrderRow;
import dev.shoplens.retrain.PlantedShop;
import dev.shoplens.retrain.demand.NightlyDemandRefitTest;
import dev.shoplens.retrain.sequences.SequenceSettings;
import dev.shoplens.retrain.sequences.StoredShop;
import dev.shoplens.scores.CustomerScore;
import dev.shoplens.scores.RetrainRun;
import dev.shoplens.store.DuckDbSettings;
import dev.shoplens.store.read.ModelSummary;
import dev.shoplens.store.read.ShopReader;
import dev.shoplens.store.write.ResultWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NightlyRetrainTest {

    static final RetrainSettings SETTINGS = new RetrainSettings(
            new SequenceSettings(30, 7, 3, Horizons.defaults()),
            new LstmSettings(12, 0.01, 1e-4, 64, 5, 2, 40_000, 0.2, 11),
            PromotionRule.defaults(),
            1,
            3,
            NightlyDemandRefitTest.SETTINGS);
    static final ObjectMapper JSON = new ObjectMapper();

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T02:00:00Z"), ZoneOffset.UTC);

    /** The store after the first night (day 110), trained once for every test. */
    @TempDir
    static Path firstNight;

    static List<RetrainRun> firstRuns;

    @TempDir
    Path dir;

    DuckDbSettings store;
    NightlyRetrain retrain;

    @BeforeAll
    static void trainTheFirstNight() {
        DuckDbSettings template = DuckDbSettings.inDataDir(firstNight);
        StoredShop shop = PlantedShop.shop("c", 300, 130, 3);
        try (ResultWriter writer = template.openWriter()) {
            PlantedShop.write(shop, writer);
            writer.writeCustomerScores(randomLogisticScores(shop));
        }
        firstRuns = new NightlyRetrain(template, SETTINGS, CLOCK).run(PlantedShop.day(110));
    }

    @BeforeEach
    void copyOfTheFirstNight() throws Exception {
        try (var files = Files.list(firstNight)) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        store = DuckDbSettings.inDataDir(dir);
        retrain = new NightlyRetrain(store, SETTINGS, CLOCK);
    }

    /** A streaming model that knows nothing: its purchase scores are noise. */
    static List<CustomerScore> randomLogisticScores(StoredShop shop) {
        Random random = new Random(5);
        List<CustomerScore> scores = new ArrayList<>();
        for (var c : shop.customers()) {
            scores.add(new CustomerScore(
                    c.customerId(),
                    shop.newestEvent(),
                    random.nextDouble(),
                    4,
                    random.nextDouble(),
                    4,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null));
        }
        return scores;
    }

    @Test
    void registersPromotesAndScoresAFirstVersionOfEachKind() throws Exception {
        List<RetrainRun> runs = firstRuns;

        assertThat(runs).extracting(RetrainRun::kind).containsExactly("purchase_lstm", "churn_lstm");
        assertThat(runs).extracting(RetrainRun::outcome).containsOnly(RetrainRun.PROMOTED);
        try (ShopReader reader = store.openReader()) {
            ModelSummary v1 = reader.models().versions("purchase_lstm").get(0);
            assertThat(v1.version()).isEqualTo(1);
            assertThat(v1.serving()).isTrue();
            assertThat(v1.parent()).isNull();
            JsonNode metrics = JSON.readTree(v1.metricsJson());
            assertThat(metrics.get("auc").asDouble()).isGreaterThan(0.6);
            assertThat(metrics.get("labelsFrom").asText())
                    .isEqualTo(PlantedShop.day(103).toString());
        }
        JsonNode provenance =
                JSON.readTree(text(store, "SELECT provenance FROM model_versions WHERE kind = 'purchase_lstm'"));
        assertThat(provenance.get("backend").asText()).isEqualTo("CpuBackend");
        assertThat(provenance.at("/dataWindow/trainingCutOffs/0").asText())
                .isEqualTo(PlantedShop.day(96).toString());
        assertThat(provenance.at("/hyperParameters/seed").asLong()).isEqualTo(11);
        // 300 customers at 3 weekly cut-offs: fewer than the night's most, so every one trains or validates.
        assertThat(provenance.at("/hyperParameters/maxSequences").asInt()).isEqualTo(40_000);
        assertThat(provenance.at("/sequences/labelled").asInt()).isEqualTo(900);
        assertThat(provenance.at("/sequences/sampled").asInt()).isEqualTo(900);
        assertThat(provenance.at("/sequences/training").asInt()
                        + provenance.at("/sequences/validation").asInt())
                .isEqualTo(900);
        assertThat(provenance.at("/training/sequencesPerSecond").asDouble()).isPositive();

        assertThat(number(
                        store,
                        "SELECT count(*) FROM sequence_scores WHERE kind = 'purchase' AND day = DATE '2026-04-21'"))
                .isEqualTo(300);
        // Stored without words (fact code, figure, window, contribution), phrased like the logistic reasons.
        String reasons =
                text(store, "SELECT reasons FROM sequence_scores WHERE kind = 'churn' AND reasons <> '' LIMIT 1");
        assertThat(reasons).matches("[a-z_0-9]+=[0-9.]*(,\\d+)?:[+-]\\d+\\.\\d\\d(;.*)?");
        assertThat(ReasonPhrases.ENGLISH.briefs(reasons)).matches("[^:=]+: [+-]\\d\\.\\d.*");
        assertThat(ReasonPhrases.of(Locale.SIMPLIFIED_CHINESE).briefs(reasons)).matches("[^:=]+：[+-]\\d\\.\\d.*");
        assertThat(number(store, "SELECT count(*) FROM sequence_scores WHERE logistic_version = 4"))
                .isEqualTo(600);
        assertThat(number(store, "SELECT count(*) FROM retrain_runs WHERE outcome = 'promoted' AND epochs > 0"))
                .isEqualTo(2);
    }

    @Test
    void aFailedRetrainLeavesTheServingVersionAndSaysWhy() throws Exception {
        try (ResultWriter writer = store.openWriter()) {
            writer.writeOrders(
                    List.of(new OrderRow("bad", "bad", "c1", PlantedShop.day(105), "purchase", 1, Double.NaN)));
        }

        List<RetrainRun> failed = retrain.run(PlantedShop.day(117));

        assertThat(failed).extracting(RetrainRun::outcome).containsOnly(RetrainRun.FAILED);
        assertThat(failed.get(0).reason()).contains("NaN");
        try (ShopReader reader = store.openReader()) {
            assertThat(reader.models().versions("purchase_lstm"))
                    .singleElement()
                    .satisfies(v -> assertThat(v.serving()).isTrue());
        }
        assertThat(number(store, "SELECT count(*) FROM retrain_runs WHERE outcome = 'failed' AND reason LIKE '%NaN%'"))
                .isEqualTo(2);
    }

    @Test
    void theNextNightWarmStartsAndComparesBothModelsOnTheSameOutcomes() throws Exception {
        List<RetrainRun> next = retrain.run(PlantedShop.day(117));

        assertThat(next).extracting(RetrainRun::version).containsExactly(2, 2);
        try (ShopReader reader = store.openReader()) {
            List<ModelSummary> versions = reader.models().versions("purchase_lstm");
            assertThat(versions.get(1).parent()).isEqualTo(1);
            assertThat(versions.stream().filter(ModelSummary::serving)).hasSize(1);
        }
        // The scores of night 110 have had their week: both models are measured on the same 300 customers.
        assertThat(
                        number(
                                store,
                                "SELECT customers FROM champion_challenger WHERE kind = 'purchase' AND day = DATE '2026-04-21'"))
                .isEqualTo(300);
        assertThat(text(store, "SELECT champion FROM champion_challenger WHERE kind = 'purchase'"))
                .isEqualTo("lstm");
        assertThat(new RetrainStore(store).champion(dev.shoplens.models.labels.ModelKind.PURCHASE))
                .isEqualTo("lstm");
    }
}
