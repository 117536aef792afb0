package dev.shoplens.dashboard.models;

import static dev.shoplens.dashboard.csv.CsvExport.number;

import dev.shoplens.dashboard.csv.SafeCsvPrinter;
import dev.shoplens.scores.ChampionChallenger;
import dev.shoplens.scores.RetrainRun;
import java.io.IOException;
import java.util.List;

/**
 * The nightly LSTM's two grids as CSV, as shown: the champion/challenger nights and the retrain runs. Values stay
 * as stored (untranslated codes, plain numbers), so a spreadsheet reads them the same in either language.
 */
final class RetrainCsv {

    static final String[] NIGHTS_HEADER = {"night", "customers", "logistic_auc", "lstm_auc", "serves", "why"};

    static final String[] RUNS_HEADER = {
        "kind",
        "started_at",
        "data_until",
        "outcome",
        "version",
        "epochs",
        "validation_log_loss",
        "sequences_per_second",
        "duration_seconds",
        "why"
    };

    private RetrainCsv() {}

    static void nights(SafeCsvPrinter csv, List<ChampionChallenger> nights) throws IOException {
        for (ChampionChallenger n : nights) {
            csv.printRecord(
                    n.day(),
                    n.customers(),
                    number(ModelMetrics.of(n.logisticMetricsJson()).auc(), 4),
                    number(ModelMetrics.of(n.lstmMetricsJson()).auc(), 4),
                    n.champion(),
                    n.reason());
        }
    }

    static void runs(SafeCsvPrinter csv, List<RetrainRun> runs) throws IOException {
        for (RetrainRun r : runs) {
            csv.printRecord(
                    r.kind(),
                    r.startedAt(),
                    r.dataUntil(),
                    r.outcome(),
                    r.version(),
                    r.epochs(),
                    number(r.validationLogLoss(), 4),
                    number(r.sequencesPerSecond(), 1),
                    number(r.durationSeconds(), 1),
                    r.reason());
        }
    }
}
