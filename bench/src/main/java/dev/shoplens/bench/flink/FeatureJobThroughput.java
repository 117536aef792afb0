package dev.shoplens.bench.flink;

import dev.shoplens.bench.BenchSettings;
import dev.shoplens.bench.Suite;
import dev.shoplens.bench.events.HeldEvents;
import dev.shoplens.bench.events.ShopEvents;
import dev.shoplens.bench.harness.Figure;
import dev.shoplens.jobs.FeatureJob;
import dev.shoplens.jobs.FeatureJobSettings;
import dev.shoplens.jobs.source.EventFeed;
import dev.shoplens.jobs.source.FeedSource;
import java.util.List;

/**
 * {@code feature_job_throughput}: events a second through the whole feature job (decoding, validation,
 * de-duplication, customer and product features, models, forecasts, counts) with every sink discarding, against
 * {@link KeyAndCount} over the same events held in memory. Both run at the job's parallelism with one source task.
 */
public final class FeatureJobThroughput implements Suite {

    static final String HELD = "feature-job";

    @Override
    public String title() {
        return "feature job throughput against a bare keyed count";
    }

    @Override
    public List<Figure> run(BenchSettings settings) throws Exception {
        EventFeed feed = HeldEvents.hold(HELD, ShopEvents.generate(settings.jobEvents()));
        try {
            FeatureJobSettings job = FeatureJobSettings.forReplay();
            JobRate featureJob = new JobRate(
                    "feature-job", job.parallelism(), () -> FeedSource.of(feed), (env, source) -> new FeatureJob(
                                    source, 1, new DiscardingSinks(), job)
                            .addTo(env));
            JobRate bare = new JobRate(
                    "key-and-count",
                    job.parallelism(),
                    () -> FeedSource.of(feed),
                    (env, source) -> KeyAndCount.addTo(env, source, 1));
            return List.of(settings.jobRounds()
                    .run(() -> featureJob.eventsPerSecond(feed.count()), () -> bare.eventsPerSecond(feed.count()))
                    .median("feature_job_throughput", "events/s"));
        } finally {
            HeldEvents.release(HELD);
        }
    }
}
