package dev.shoplens.launcher.backtest;

import dev.shoplens.launcher.imports.FileInputOptions;
import dev.shoplens.launcher.progress.Progress;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code shoplens backtest}: replay the shop's own past, predict the weeks after a date, compare with what came. */
@Command(
        name = "backtest",
        mixinStandardHelpOptions = true,
        description = "Fit the models on the history up to --calibration-end, predict the --horizon-days after it and"
                + " judge the predictions against what really happened, beside a recency rule, a frequency rule and"
                + " BG/NBD on the same split. Writes predictions.csv, report.md and report.html to --out.")
public final class BacktestCommand implements Callable<Integer> {

    @Mixin
    FileInputOptions input;

    @Option(
            names = "--calibration-end",
            required = true,
            paramLabel = "YYYY-MM-DD",
            description = "Last day whose events may reach features and models.")
    LocalDate calibrationEnd;

    @Option(
            names = "--horizon-days",
            defaultValue = "61",
            description = "Days after the calibration end that the predictions cover. Default: ${DEFAULT-VALUE}")
    int horizonDays;

    @Option(
            names = "--churn-days",
            defaultValue = "30",
            description = "The churn model's horizon: no order within this many days. Default: ${DEFAULT-VALUE}")
    int churnDays;

    @Option(
            names = "--origins",
            defaultValue = "1",
            description = "Run the backtest at this many calibration ends, --every days apart, the latest at"
                    + " --calibration-end, and report each figure's mean and spread over them (1.."
                    + RollingOrigins.MAX_ORIGINS
                    + "). Default: ${DEFAULT-VALUE}")
    int origins;

    @Option(
            names = "--every",
            defaultValue = "28",
            paramLabel = "DAYS",
            description = "Days between two origins. Default: ${DEFAULT-VALUE}")
    int everyDays;

    @Option(
            names = "--out",
            defaultValue = "backtest",
            paramLabel = "DIR",
            description = "Folder for predictions.csv, report.md, report.html and the backtest's own store."
                    + " Default: ${DEFAULT-VALUE}")
    Path out;

    @Override
    public Integer call() throws Exception {
        List<BacktestSplit> splits = RollingOrigins.splits(
                calibrationEnd, ZoneId.of(input.zone()), horizonDays, churnDays, origins, everyDays);
        if (splits.size() == 1) {
            Backtest.Result result = Backtest.run(input.feed(), splits.get(0), out, Progress.onStderr("backtest"));
            BacktestReport.write(result, out);
            printSummary(result);
            return 0;
        }
        List<Backtest.Result> results = new ArrayList<>();
        for (int i = 0; i < splits.size(); i++) {
            BacktestSplit split = splits.get(i);
            Path folder = RollingOrigins.folder(out, split);
            Backtest.Result result = Backtest.run(
                    input.feed(),
                    split,
                    folder,
                    Progress.onStderr(String.format(
                            Locale.ROOT,
                            "backtest origin %d of %d (%s)",
                            i + 1,
                            splits.size(),
                            split.calibrationEnd())));
            BacktestReport.write(result, folder);
            results.add(result);
        }
        RollingOrigins.writeCsv(results, out.resolve("rolling.csv"));
        BacktestReport.writeRolling(results, out);
        printRolling(results);
        return 0;
    }

    private void printRolling(List<Backtest.Result> results) {
        List<Backtest.Result> judged =
                results.stream().filter(Backtest.Result::judged).toList();
        System.out.printf(
                Locale.ROOT,
                "%d origins from %s to %s, %d judged, %d days each%n",
                results.size(),
                results.get(0).split().calibrationEnd(),
                results.get(results.size() - 1).split().calibrationEnd(),
                judged.size(),
                horizonDays);
        for (RollingOrigins.ModelOverOrigins m : RollingOrigins.purchase(judged)) {
            System.out.printf(
                    Locale.ROOT,
                    "%-16s AUC %s (%s)  log loss %s  best on %d of %d%n",
                    m.name(),
                    m.auc().text("%.3f"),
                    m.auc().range("%.3f"),
                    m.logLoss().text("%.4f"),
                    m.best(),
                    judged.size());
        }
        System.out.println("report: " + out.toAbsolutePath().normalize().resolve("report.html"));
    }

    private void printSummary(Backtest.Result r) {
        System.out.printf(
                Locale.ROOT,
                "%,d customers predicted for %d days after %s%n",
                r.customers().size(),
                r.split().horizonDays(),
                r.split().calibrationEnd());
        if (!r.judged()) {
            System.out.println("the input does not reach the horizon's end: predictions cannot be judged yet");
        }
        for (Evaluation e : r.evaluations()) {
            System.out.printf(
                    Locale.ROOT,
                    "%-16s AUC %.3f  log loss %.4f  Brier %.4f  orders predicted %s / actual %,.0f%n",
                    e.name(),
                    e.metrics().auc(),
                    e.metrics().logLoss(),
                    e.metrics().brier(),
                    e.predictedOrdersText(),
                    e.actualOrders());
        }
        System.out.println("report: " + out.toAbsolutePath().normalize().resolve("report.html"));
    }
}
