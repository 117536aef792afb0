package dev.shoplens.launcher.backtest;

import dev.shoplens.event.EventFeed;
import dev.shoplens.jobs.FeatureJob;
import dev.shoplens.jobs.FeatureJobSettings;
import dev.shoplens.jobs.models.ModelSettings;
import dev.shoplens.jobs.sink.StoreSinks;
import dev.shoplens.jobs.source.FeedSource;
import dev.shoplens.launcher.DataDir;
import dev.shoplens.launcher.LocalFlink;
import dev.shoplens.launcher.progress.CountedFeed;
import dev.shoplens.launcher.progress.FeedWatch;
import dev.shoplens.launcher.progress.Progress;
import dev.shoplens.models.labels.Horizons;
import dev.shoplens.models.labels.ModelKind;
import dev.shoplens.models.registry.ModelCodec;
import dev.shoplens.models.scoring.CustomerScorer;
import dev.shoplens.store.read.DuckDbShopReader;
import dev.shoplens.store.read.ModelSummary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * ShopLens' own models as the live system would have had them at the cutoff: the feature job, with its trainers,
 * runs over the calibration period only (a bounded source cut at the cutoff, which is also where the models are
 * told the data ends), into a store of the backtest's own; the versions serving at the end are loaded for scoring.
 */
final class BacktestModels {

    /** The serving versions at the cutoff, ready to score, and every version the run recorded. */
    record Trained(CustomerScorer scorer, List<ModelSummary> versions) {}

    private BacktestModels() {}

    /** {@code calibrationEvents}: how many events {@link BacktestSplit#calibrationFeed} reads (counted beforehand). */
    static Trained train(EventFeed feed, BacktestSplit split, long calibrationEvents, DataDir store, Progress progress)
            throws Exception {
        ModelSettings models =
                ModelSettings.defaults().withHorizons(horizons(split)).withDataEnd(split.cutoff());
        // Parallelism 1 with a watermark after every event: the trainer then sees its examples in one order, so a
        // backtest reports the same figures every time it is run on the same input.
        FeatureJobSettings settings = FeatureJobSettings.forReplay().reproducible();
        // The schema first, so the job's many sinks open writers on a current store instead of racing to create it.
        store.store().migrate();
        StreamExecutionEnvironment env = LocalFlink.environment(1, 0);
        CountedFeed calibration = CountedFeed.of(split.calibrationFeed(feed), calibrationEvents, split.cutoff());
        new FeatureJob(
                        FeedSource.of(calibration),
                        1,
                        new StoreSinks(store.store(), settings.sinkBatch(), settings.sinkMaxDelay()),
                        settings,
                        models)
                .calibrationOnly()
                .addTo(env);
        try (FeedWatch watch = FeedWatch.start(calibration, progress, "feature job to the calibration end")) {
            env.execute("shoplens-backtest");
        }
        return load(store, split.horizonDays());
    }

    /** The labels of the backtest: churn over its churn days, a purchase and the value over its horizon. */
    static Horizons horizons(BacktestSplit split) {
        return new Horizons(Duration.ofDays(split.churnDays()), split.horizon(), split.horizon());
    }

    private static Trained load(DataDir store, int purchaseHorizonDays) {
        CustomerScorer scorer = new CustomerScorer(purchaseHorizonDays);
        List<ModelSummary> versions = new ArrayList<>();
        try (DuckDbShopReader reader = new DuckDbShopReader(store.store())) {
            for (ModelKind kind : ModelKind.values()) {
                List<ModelSummary> ofKind = reader.models().versions(kind.registryName());
                versions.addAll(ofKind);
                ofKind.stream()
                        .filter(ModelSummary::serving)
                        .reduce((a, b) -> b)
                        .ifPresent(serving -> scorer.serve(
                                ModelCodec.read(reader.models()
                                        .model(kind.registryName(), serving.version())
                                        .orElseThrow()),
                                serving.version()));
            }
        }
        return new Trained(scorer, versions);
    }
}
