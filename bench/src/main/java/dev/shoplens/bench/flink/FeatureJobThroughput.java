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
import java.util.function.Consumer;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * {@code feature_job_throughput}: events a second through the whole feature job (decoding, validation,
 * de-duplication, customer and product features, models, forecasts, counts) with every sink discarding, against
 * {@link KeyAndCount} over the same events held in memory. A round's time runs from the moment its source opens the
 * events to the job's end, so cluster and job start-up are left out of both sides.
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
            return List.of(settings.jobRounds()
                    .run(
                            () -> eventsPerSecond(feed, job.parallelism(), env -> new FeatureJob(
                                            FeedSource.of(feed), 1, new DiscardingSinks(), job)
                                    .addTo(env)),
                            () -> eventsPerSecond(
                                    feed, job.parallelism(), env -> KeyAndCount.addTo(env, FeedSource.of(feed), 1)))
                    .median("feature_job_throughput", "events/s"));
        } finally {
            HeldEvents.release(HELD);
        }
    }

    private static double eventsPerSecond(EventFeed feed, int parallelism, Consumer<StreamExecutionEnvironment> graph)
            throws Exception {
        HeldEvents.resetOpened(HELD);
        StreamExecutionEnvironment env = BenchFlink.environment(parallelism);
        graph.accept(env);
        env.execute("bench-" + HELD);
        double seconds = (System.nanoTime() - HeldEvents.firstOpenedNanos(HELD)) / 1e9;
        return feed.count() / seconds;
    }
}
