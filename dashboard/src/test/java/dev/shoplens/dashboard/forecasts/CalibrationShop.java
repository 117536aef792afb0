package dev.shoplens.dashboard.forecasts;

import dev.shoplens.dashboard.customers.CustomerShop;
import dev.shoplens.models.metrics.ClassifierMetrics;
import dev.shoplens.scores.ModelVersionRow;
import dev.shoplens.store.DuckDbSettings;
import dev.shoplens.store.write.ResultWriter;
import java.time.Instant;
import java.util.List;

/**
 * The customer shop with churn versions as the learner leaves them in the registry. Each measured version was
 * tested on 100 customers predicted (i + 0.5)% for i = 0..99, so decile d (1-10) predicts 10d - 5% on average.
 * v1 saw half of every decile churn (50% overall); v2 saw d - 1 of the 10 in decile d churn (45% overall, the
 * first decile none); v3 has not been tested yet. No purchase version exists.
 */
final class CalibrationShop {

    static final Instant V1_TRAINED = Instant.parse("2026-02-01T00:00:00Z");
    static final Instant V2_TRAINED = Instant.parse("2026-02-15T00:00:00Z");

    private CalibrationShop() {}

    static DuckDbSettings create() {
        DuckDbSettings store = CustomerShop.create();
        try (ResultWriter writer = store.openWriter()) {
            writer.writeModelVersions(List.of(
                    version(1, V1_TRAINED, metrics(i -> i % 10 < 5)),
                    version(2, V2_TRAINED, metrics(i -> i % 10 < i / 10)),
                    version(3, Instant.parse("2026-03-01T00:00:00Z"), null)));
        }
        return store;
    }

    private static String metrics(java.util.function.IntPredicate churned) {
        double[] p = new double[100];
        boolean[] y = new boolean[100];
        for (int i = 0; i < 100; i++) {
            p[i] = (i + 0.5) / 100;
            y[i] = churned.test(i);
        }
        return ClassifierMetrics.of(p, y).toJson().toString();
    }

    private static ModelVersionRow version(int version, Instant trainedAt, String metrics) {
        return new ModelVersionRow(
                "churn",
                version,
                version == 1 ? null : version - 1,
                trainedAt,
                trainedAt,
                1000L,
                version == 1,
                metrics,
                "{}",
                new byte[] {1},
                metrics != null,
                version == 2);
    }
}
