package dev.shoplens.dashboard.forecasts;

import static dev.shoplens.dashboard.csv.CsvExport.number;

import dev.shoplens.dashboard.csv.SafeCsvPrinter;
import java.io.IOException;
import java.util.List;

/** The calibration grid as CSV: one row per version and decile, so the chart can be redrawn from the file. */
final class CalibrationCsv {

    static final String[] HEADER = {
        "kind", "version", "trained_at", "measured", "auc", "brier", "decile", "rows", "mean_predicted", "observed_rate"
    };

    private CalibrationCsv() {}

    static void print(SafeCsvPrinter csv, String kind, List<Calibration> versions) throws IOException {
        for (Calibration c : versions) {
            for (Calibration.Decile d : c.deciles()) {
                csv.printRecord(
                        kind,
                        c.version(),
                        c.trainedAt(),
                        c.rows(),
                        number(c.auc(), 4),
                        number(c.brier(), 4),
                        d.decile(),
                        d.rows(),
                        number(d.meanPredicted(), 4),
                        number(d.observedRate(), 4));
            }
        }
    }
}
