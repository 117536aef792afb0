package dev.shoplens.dashboard.models;

import static dev.shoplens.dashboard.csv.CsvExport.number;

import dev.shoplens.dashboard.csv.SafeCsvPrinter;
import dev.shoplens.store.read.ModelSummary;
import java.io.IOException;
import java.util.List;

/** A kind's versions as CSV, newest first as shown, with the measured figures as plain numbers. */
final class VersionCsv {

    static final String[] HEADER = {
        "kind",
        "version",
        "parent",
        "trained_at",
        "trained_at_wall",
        "training_rows",
        "full_retrain",
        "promoted",
        "serving",
        "auc",
        "log_loss",
        "brier",
        "orders_mae",
        "revenue_mae"
    };

    private VersionCsv() {}

    static void print(SafeCsvPrinter csv, List<ModelSummary> versions) throws IOException {
        for (ModelSummary v : versions) {
            ModelMetrics m = ModelMetrics.of(v.metricsJson());
            csv.printRecord(
                    v.kind(),
                    v.version(),
                    v.parent(),
                    v.trainedAt(),
                    v.trainedAtWall(),
                    v.trainingRows(),
                    v.fullRetrain(),
                    v.promoted(),
                    v.serving(),
                    number(m.auc(), 4),
                    number(m.logLoss(), 4),
                    number(m.brier(), 4),
                    number(m.ordersMae(), 4),
                    number(m.revenueMae(), 4));
        }
    }
}
