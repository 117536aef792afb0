package dev.shoplens.launcher.retrain;

import dev.shoplens.jobs.config.ShopLensConfig;
import dev.shoplens.launcher.ConfigOption;
import dev.shoplens.launcher.DataDir;
import dev.shoplens.launcher.DataDirOption;
import dev.shoplens.launcher.progress.Progress;
import dev.shoplens.retrain.backend.Backend;
import dev.shoplens.retrain.job.NightlyRetrain;
import dev.shoplens.retrain.job.RetrainSettings;
import dev.shoplens.scores.RetrainRun;
import dev.shoplens.store.StoreSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code shoplens retrain}: one night's LSTM retrain on a store, in this JVM but outside any Flink job (DL4J's
 * native libraries load once, in this class loader).
 */
@Command(
        name = "retrain",
        mixinStandardHelpOptions = true,
        description = "Retrain the LSTM models (purchase, churn) on the store's data: train, test against the serving"
                + " version on unseen labels, register, promote when not worse, score every customer; then refit the"
                + " demand forecasts (a forest over every product, serving the products where it beat the streaming"
                + " forecast on the latest 28 days).")
public final class RetrainCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Mixin
    ConfigOption config;

    @Option(
            names = "--threads",
            description = "Cores the training may use (OpenMP and ND4J threads). Default: every core of this machine"
                    + " but one")
    Integer threads;

    @Option(
            names = "--until",
            paramLabel = "TIME",
            description = "Train as the night of TIME would have (ISO-8601, e.g. 2026-06-30T00:00:00Z): nothing"
                    + " after it is read. Default: all the store holds")
    Instant until;

    @Override
    public Integer call() {
        StoreSettings store;
        int cores = threads == null ? Backend.defaultThreads() : threads;
        RetrainSettings settings = RetrainSettings.defaults(cores);
        if (config.given()) {
            ShopLensConfig loaded = config.load();
            store = loaded.store();
            settings = settings.withModels(loaded.horizons(), loaded.promotion())
                    .withTraining(loaded.lstm(), loaded.forest());
        } else {
            DataDir dir = dataDir.dataDir();
            if (!dir.hasStore()) {
                System.err.println(
                        "No ShopLens store in " + dir.path() + " (run 'shoplens demo' or 'shoplens import').");
                return 2;
            }
            store = dir.store();
        }
        Progress progress = Progress.onStderr("retrain");
        List<RetrainRun> runs =
                new NightlyRetrain(store, settings, Clock.systemUTC(), progress::showWithElapsed).run(until);
        progress.done("done in " + Progress.duration(progress.elapsed()));
        runs.forEach(run -> System.out.println(line(run)));
        return runs.stream().anyMatch(r -> RetrainRun.FAILED.equals(r.outcome())) ? 1 : 0;
    }

    static String line(RetrainRun run) {
        if (RetrainRun.FAILED.equals(run.outcome())) {
            return run.kind() + ": failed (" + run.reason() + "); the serving version stays";
        }
        if (run.epochs() == null) { // the demand refit: a forest, no epochs
            return String.format(
                    Locale.ROOT,
                    "%s: version %d %s (%s); %,d training rows, %.1f s",
                    run.kind(),
                    run.version(),
                    run.outcome(),
                    run.reason(),
                    run.trainingSequences(),
                    run.durationSeconds());
        }
        return String.format(
                Locale.ROOT,
                "%s: version %d %s (%s); %d epochs, validation log loss %.4f, %.0f sequences/s, %.1f s",
                run.kind(),
                run.version(),
                run.outcome(),
                run.reason(),
                run.epochs(),
                run.validationLogLoss(),
                run.sequencesPerSecond(),
                run.durationSeconds());
    }
}
