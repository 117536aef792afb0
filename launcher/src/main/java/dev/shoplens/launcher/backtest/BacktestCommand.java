package dev.shoplens.launcher.backtest;

import dev.shoplens.launcher.imports.FileInputOptions;
import dev.shoplens.launcher.progress.Progress;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
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
            names = "--out",
            defaultValue = "backtest",
            paramLabel = "DIR",
            description = "Folder for predictions.csv, report.md, report.html and the backtest's own store."
                    + " Default: ${DEFAULT-VALUE}")
    Path out;

    @Override
    public Integer call() throws Exception {
        BacktestSplit split = BacktestSplit.of(calibrationEnd, ZoneId.of(input.zone()), horizonDays, churnDays);
        Backtest.Result result = Backtest.run(input.feed(), split, out, Progress.onStderr("backtest"));
        BacktestReport.write(result, out);
        printSummary(result);
        return 0;
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
