package dev.shoplens.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.scores.ChampionChallenger;
import dev.shoplens.scores.CustomerScore;
import dev.shoplens.scores.ModelVersionRow;
import dev.shoplens.scores.RetrainRun;
import dev.shoplens.scores.SegmentFlow;
import dev.shoplens.store.read.ModelSummary;
import dev.shoplens.store.read.ShopReader;
import dev.shoplens.store.read.ShopStatus;
import dev.shoplens.store.write.ResultWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model registry, scores and segment flows round-trip through DuckDB, and status lists what serves. */
class ModelStoreTest {

    static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");
    static final byte[] MODEL = {0, 1, 2, (byte) 0xff, 42};

    @TempDir
    Path dir;

    static ModelVersionRow version(int version, boolean serving, String metrics) {
        return new ModelVersionRow(
                "churn",
                version,
                version == 1 ? null : version - 1,
                T0.plusSeconds(version),
                T0.plusSeconds(100 + version),
                1_000L * version,
                version == 1,
                metrics,
                "{\"trainer\":\"x\"}",
                MODEL,
                serving,
                serving);
    }

    @Test
    void theRegistryKeepsEveryVersionAndItsNewestRow() {
        DuckDbSettings settings = DuckDbSettings.inDataDir(dir);
        try (ResultWriter writer = settings.openWriter()) {
            writer.writeModelVersions(List.of(version(1, false, null), version(2, false, null)));
            // v1 tested and promoted, then v2 tested and promoted: v1 stops serving.
            writer.writeModelVersions(List.of(version(1, true, "{\"auc\":0.81}")));
            writer.writeModelVersions(
                    List.of(version(1, true, "{\"auc\":0.81}").withServing(false), version(2, true, "{\"auc\":0.84}")));
        }
        try (ShopReader reader = settings.openReader()) {
            List<ModelSummary> versions = reader.models().versions("churn");
            assertThat(versions).extracting(ModelSummary::version).containsExactly(1, 2);
            ModelSummary v1 = versions.get(0);
            assertThat(v1.parent()).isNull();
            assertThat(v1.fullRetrain()).isTrue();
            assertThat(v1.promoted()).isTrue();
            assertThat(v1.serving()).isFalse();
            assertThat(v1.trainedAt()).isEqualTo(T0.plusSeconds(1));
            assertThat(v1.trainedAtWall()).isEqualTo(T0.plusSeconds(101));
            assertThat(versions.get(1).parent()).isEqualTo(1);
            assertThat(reader.models().model("churn", 2)).contains(MODEL);
            assertThat(reader.models().model("churn", 3)).isEmpty();

            ShopStatus status = reader.status();
            assertThat(status.schemaVersion()).isGreaterThanOrEqualTo(2);
            assertThat(status.models()).extracting(ModelSummary::version).containsExactly(2);
            assertThat(status.models().get(0).kind()).isEqualTo("churn");
            assertThat(status.models().get(0).metricsJson()).contains("0.84");
        }
    }

    @Test
    void theNightlyComparisonsReadOldestFirst() throws Exception {
        DuckDbSettings settings = DuckDbSettings.inDataDir(dir);
        settings.migrate();
        try (java.sql.Connection c = settings.connect();
                java.sql.Statement st = c.createStatement()) {
            st.execute("INSERT INTO champion_challenger VALUES"
                    + " ('purchase', DATE '2026-03-09', 1200, '{\"auc\":0.81}', '{\"auc\":0.79}', 'logistic',"
                    + " 'the LSTM is worse by the margins', TIMESTAMP '2026-03-16 01:00:00'),"
                    + " ('purchase', DATE '2026-03-02', 1100, '{\"auc\":0.80}', '{\"auc\":0.82}', 'lstm',"
                    + " 'not worse than the serving model', TIMESTAMP '2026-03-09 01:00:00'),"
                    + " ('churn', DATE '2026-03-02', 1100, null, '{\"auc\":0.70}', 'logistic', 'no logistic score',"
                    + " TIMESTAMP '2026-03-09 01:00:00')");
        }
        try (ShopReader reader = settings.openReader()) {
            List<ChampionChallenger> nights = reader.models().championChallenger("purchase");
            assertThat(nights)
                    .extracting(ChampionChallenger::day)
                    .containsExactly(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9));
            assertThat(nights.get(0).champion()).isEqualTo("lstm");
            assertThat(nights.get(0).customers()).isEqualTo(1100);
            assertThat(nights.get(1).lstmMetricsJson()).isEqualTo("{\"auc\":0.79}");
            assertThat(reader.models().championChallenger("churn").get(0).kind())
                    .isEqualTo("churn");
            assertThat(reader.models().championChallenger("churn").get(0).logisticMetricsJson())
                    .isNull();
        }
    }

    @Test
    void retrainRunsReadNewestFirst() throws Exception {
        DuckDbSettings settings = DuckDbSettings.inDataDir(dir);
        settings.migrate();
        try (java.sql.Connection c = settings.connect();
                java.sql.Statement st = c.createStatement()) {
            st.execute("INSERT INTO retrain_runs VALUES"
                    + " ('purchase_lstm', TIMESTAMP '2026-03-02 02:00:00', TIMESTAMP '2026-03-02 02:02:00',"
                    + " TIMESTAMP '2026-03-02 00:00:00', 'promoted', 'first version', 1, 7, 5, 0.31, 0.29, 13000,"
                    + " 950.0, 120.5, TIMESTAMP '2026-03-02 02:02:00'),"
                    + " ('purchase_lstm', TIMESTAMP '2026-03-03 02:00:00', TIMESTAMP '2026-03-03 02:00:01',"
                    + " null, 'failed', 'an order amount is not a number', null, null, null, null, null, null,"
                    + " null, 0.8, TIMESTAMP '2026-03-03 02:00:01')");
        }
        try (ShopReader reader = settings.openReader()) {
            List<RetrainRun> runs = reader.models().retrainRuns("purchase_lstm", 10);
            assertThat(runs).extracting(RetrainRun::outcome).containsExactly("failed", "promoted");
            assertThat(runs.get(0).version()).isNull();
            assertThat(runs.get(0).reason()).isEqualTo("an order amount is not a number");
            assertThat(runs.get(1).epochs()).isEqualTo(7);
            assertThat(runs.get(1).sequencesPerSecond()).isEqualTo(950.0);
            assertThat(runs.get(1).dataUntil()).isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
            // The row the retrain wrote comes back whole: one record for both sides.
            assertThat(runs.get(1))
                    .isEqualTo(new RetrainRun(
                            "purchase_lstm",
                            Instant.parse("2026-03-02T02:00:00Z"),
                            Instant.parse("2026-03-02T02:02:00Z"),
                            Instant.parse("2026-03-02T00:00:00Z"),
                            "promoted",
                            "first version",
                            1,
                            7,
                            5,
                            0.31,
                            0.29,
                            13_000L,
                            950.0,
                            120.5));
            assertThat(reader.models().retrainRuns("purchase_lstm", 1)).hasSize(1);
        }
    }

    @Test
    void scoresAndFlowsRoundTrip() {
        DuckDbSettings settings = DuckDbSettings.inDataDir(dir);
        CustomerScore first = new CustomerScore(
                "c1", T0, 0.2, 3, 0.1, 4, null, null, null, null, null, null, null, "a: +0.1", "b: -0.2", null);
        CustomerScore newer = new CustomerScore(
                "c1",
                T0.plusSeconds(60),
                0.7,
                3,
                0.05,
                4,
                1.5,
                80.0,
                T0.plusSeconds(86_400 * 20),
                2,
                3,
                "lapsed, one-off",
                1,
                "no order for 64 days: +0.9",
                "no order for 64 days: -0.7",
                "the churn risk 0.20 -> 0.70 since 2026-03-02");
        try (ResultWriter writer = settings.openWriter()) {
            writer.writeCustomerScores(List.of(first));
            writer.writeCustomerScores(List.of(newer));
            writer.writeSegmentFlows(List.of(
                    new SegmentFlow(LocalDate.of(2026, 3, 2), 1, 1, "recent buyers, frequent", 40),
                    new SegmentFlow(LocalDate.of(2026, 3, 2), 1, 3, "lapsed, one-off", 2),
                    new SegmentFlow(LocalDate.of(2026, 3, 1), -1, 1, "recent buyers, frequent", 30)));
        }
        try (ShopReader reader = settings.openReader()) {
            assertThat(reader.customers().score("c1")).contains(newer);
            assertThat(reader.customers().score("c2")).isEmpty();
            assertThat(reader.cohorts().segmentFlows(LocalDate.of(2026, 3, 2)))
                    .extracting(SegmentFlow::toSegment)
                    .containsExactly(1, 3);
        }
    }
}
