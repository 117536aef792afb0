package dev.shoplens.dashboard.models;

import dev.shoplens.dashboard.TestShop;
import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.models.labels.LabelledExample;
import dev.shoplens.models.labels.ModelKind;
import dev.shoplens.models.labels.Outcome;
import dev.shoplens.models.registry.ModelCodec;
import dev.shoplens.models.train.ClassifierTrainer;
import dev.shoplens.models.train.TrainingSettings;
import dev.shoplens.scores.ModelVersionRow;
import dev.shoplens.store.DuckDbSettings;
import dev.shoplens.store.write.ResultWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A store with three churn versions: v1 (full retrain, promoted), v2 (warm start, promoted, serving) and v3 (warm
 * start, not promoted: its AUC fell). The model is a real one, trained on customers who churn exactly when their last
 * order is more than 60 days old, so the days since the last order must weigh most, towards churn.
 */
final class ModelShop {

    static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

    private ModelShop() {}

    static DuckDbSettings create() {
        byte[] model = ModelCodec.write(
                new ClassifierTrainer(TrainingSettings.defaults()).fit(ModelKind.CHURN, examples(), T0));
        DuckDbSettings store = TestShop.emptyStore();
        try (ResultWriter writer = store.openWriter()) {
            writer.writeModelVersions(List.of(
                    version(1, null, 0.81, 0.45, true, false, model),
                    version(2, 1, 0.84, 0.42, true, true, model),
                    version(3, 2, 0.79, 0.47, false, false, model)));
            // The nightly LSTM for purchases: one version, whose bytes the page never decodes.
            writer.writeModelVersions(List.of(new ModelVersionRow(
                    "purchase_lstm",
                    1,
                    null,
                    T0,
                    T0.plusSeconds(60),
                    13_000L,
                    true,
                    "{\"rows\":1500,\"auc\":0.82,\"logLoss\":0.3,\"brier\":0.08}",
                    "{}",
                    new byte[] {1, 2, 3},
                    true,
                    true)));
            // The nightly demand forest: the held-out errors its night recorded.
            writer.writeModelVersions(List.of(new ModelVersionRow(
                    "demand_forest",
                    1,
                    null,
                    T0,
                    T0.plusSeconds(52),
                    119_406L,
                    true,
                    "{\"holdoutDays\":28,\"products\":3916,\"servedByForest\":778,\"servedByStreaming\":3138,"
                            + "\"forest\":{\"wape\":1.075},\"streaming\":{\"wape\":1.137},\"chosen\":{\"wape\":1.05}}",
                    "{}",
                    new byte[] {1, 2, 3},
                    true,
                    true)));
        }
        nightlyComparisons(store);
        return store;
    }

    /**
     * Two nights whose horizon has passed (the LSTM won the first, the logistic model the second) and two retrains
     * (one promoted, one failed with its reason).
     */
    private static void nightlyComparisons(DuckDbSettings store) {
        try (java.sql.Connection c = store.connect();
                java.sql.Statement st = c.createStatement()) {
            st.execute("INSERT INTO champion_challenger VALUES"
                    + " ('purchase', DATE '2026-03-02', 1100, '{\"auc\":0.801}', '{\"auc\":0.823}', 'lstm',"
                    + " 'not worse than the logistic model by the margins', TIMESTAMP '2026-03-09 01:00:00'),"
                    + " ('purchase', DATE '2026-03-03', 1150, '{\"auc\":0.812}', '{\"auc\":0.790}', 'logistic',"
                    + " 'AUC lower than the logistic model by more than the margin', TIMESTAMP '2026-03-10 01:00:00')");
            st.execute("INSERT INTO retrain_runs VALUES"
                    + " ('purchase_lstm', TIMESTAMP '2026-03-02 02:00:00', TIMESTAMP '2026-03-02 02:02:00',"
                    + " TIMESTAMP '2026-03-02 00:00:00', 'promoted', 'first version', 1, 7, 5, 0.31, 0.29, 13000,"
                    + " 950.0, 120.5, TIMESTAMP '2026-03-02 02:02:00'),"
                    + " ('purchase_lstm', TIMESTAMP '2026-03-03 02:00:00', TIMESTAMP '2026-03-03 02:00:01',"
                    + " null, 'failed', 'an order amount is not a number', null, null, null, null, null, null,"
                    + " null, 0.8, TIMESTAMP '2026-03-03 02:00:01'),"
                    + " ('demand_forest', TIMESTAMP '2026-03-02 02:05:00', TIMESTAMP '2026-03-02 02:05:52',"
                    + " TIMESTAMP '2026-03-02 00:00:00', 'refitted', 'the forest serves 778 of 3916 products', 1,"
                    + " null, null, null, null, 119406, null, 52.0, TIMESTAMP '2026-03-02 02:05:52')");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ModelVersionRow version(
            int version, Integer parent, double auc, double logLoss, boolean promoted, boolean serving, byte[] model) {
        Instant trainedAt = T0.plus(Duration.ofDays(3L * version));
        return new ModelVersionRow(
                "churn",
                version,
                parent,
                trainedAt,
                trainedAt.plusSeconds(5),
                1_000L * version,
                parent == null,
                "{\"rows\":2000,\"auc\":" + auc + ",\"logLoss\":" + logLoss + ",\"brier\":0.15}",
                "{}",
                model,
                promoted,
                serving);
    }

    private static List<LabelledExample> examples() {
        List<LabelledExample> examples = new ArrayList<>();
        for (int n = 0; n < 400; n++) {
            int daysSinceOrder = 1 + (n * 7) % 180;
            boolean churned = daysSinceOrder > 60;
            examples.add(new LabelledExample(
                    ModelKind.CHURN,
                    features("c" + n, daysSinceOrder, 1 + n % 5),
                    new Outcome(churned ? 0 : 1, churned ? 0 : 40.0, churned ? null : 5.0),
                    T0));
        }
        return examples;
    }

    private static CustomerFeatures features(String id, int daysSinceOrder, int orders) {
        return new CustomerFeatures(
                id,
                T0,
                T0.minus(Duration.ofDays(400)),
                T0.minus(Duration.ofDays(daysSinceOrder)),
                (double) daysSinceOrder,
                0,
                daysSinceOrder <= 30 ? 1 : 0,
                daysSinceOrder <= 90 ? 1 : 0,
                0.0,
                0.0,
                0.0,
                orders,
                orders * 40.0,
                40.0,
                orders,
                0,
                0,
                null,
                daysSinceOrder <= 30 ? 2 : 0,
                400.0,
                null,
                0.0,
                2);
    }
}
