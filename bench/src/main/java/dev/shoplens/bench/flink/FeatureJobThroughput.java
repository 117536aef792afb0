package dev.shoplens.bench.flink;

import dev.shoplens.bench.BenchSettings;
import dev.shoplens.bench.Suite;
import dev.shoplens.bench.events.HeldEvents;
import dev.shoplens.bench.events.ShopEvents;
import dev.shoplens.bench.harness.Figure;
import dev.shoplens.bench.harness.Rounds;
import dev.shoplens.bench.harness.Scratch;
import dev.shoplens.bench.harness.Trial;
import dev.shoplens.event.RawEvent;
import dev.shoplens.jobs.FeatureJob;
import dev.shoplens.jobs.FeatureJobSettings;
import dev.shoplens.jobs.ingest.EventTimePeek;
import dev.shoplens.jobs.models.ModelSettings;
import dev.shoplens.jobs.source.EventFeed;
import dev.shoplens.jobs.source.FeedSource;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The feature job's steady rate (decoding, validation, de-duplication, customer and product features, models,
 * forecasts, counts; every sink discarding) against two baselines on the same events, in turns: {@link KeyAndCount},
 * the bare keyed Flink job (the ceiling), and {@link DecodeKeyAndCount}, the floor every feature job pays. On the
 * small and the large shop, each with state on the heap and in RocksDB with checkpoints every 10 s.
 *
 * <p>Every rate is taken while events flow (see {@link SourceMarks}). The models are told where the data ends, as an
 * import tells them; the work after the last event (closing days, maturing labels up to the data's end) is reported
 * as its own figure, the drain, against the time the same run spent reading. The baselines neither de-duplicate nor
 * read event time, so they read the same events as many times over as it takes to run for the settings' seconds.
 */
public final class FeatureJobThroughput implements Suite {

    static final String HELD = "feature-job";

    private final PrintStream progress;

    public FeatureJobThroughput(PrintStream progress) {
        this.progress = progress;
    }

    @Override
    public String title() {
        return "feature job throughput against the bare keyed job and the decode-key-count floor";
    }

    @Override
    public List<Figure> run(BenchSettings settings) throws Exception {
        List<Figure> figures = new ArrayList<>();
        for (int customers : new int[] {ShopEvents.SMALL, ShopEvents.LARGE}) {
            List<RawEvent> events = ShopEvents.generate(customers, settings.jobEvents());
            EventFeed feed = HeldEvents.hold(HELD, events);
            ModelSettings models = dataEnd(events, FeatureJobSettings.forReplay());
            try {
                for (StateSetup state : StateSetup.values()) {
                    figures.addAll(measure(settings, feed, models, shopName(customers) + "_" + state.label(), state));
                }
            } finally {
                HeldEvents.release(HELD);
            }
        }
        return figures;
    }

    static String shopName(int customers) {
        return customers == ShopEvents.SMALL ? "small" : "large";
    }

    private List<Figure> measure(
            BenchSettings settings, EventFeed feed, ModelSettings models, String setup, StateSetup state)
            throws Exception {
        try (Scratch scratch = Scratch.create("feature-job-" + setup)) {
            FeatureJobSettings job = FeatureJobSettings.forReplay();
            int parallelism = job.parallelism();
            JobRate featureJob = new JobRate(
                    "feature-job",
                    () -> BenchFlink.environment(parallelism, state, scratch.resolve("checkpoints")),
                    () -> FeedSource.of(feed),
                    (env, source) -> new FeatureJob(source, 1, new DiscardingSinks(), job, models).addTo(env));
            Repeated bare = repeated(
                    settings,
                    feed,
                    "key-and-count",
                    parallelism,
                    state,
                    scratch,
                    (env, source) -> KeyAndCount.addTo(env, source, 1));
            Repeated floor = repeated(
                    settings,
                    feed,
                    "decode-key-count",
                    parallelism,
                    state,
                    scratch,
                    (env, source) -> DecodeKeyAndCount.addTo(env, source, 1, job));
            List<JobRate.Run> featureRuns = new ArrayList<>();
            Trial feature = () -> {
                JobRate.Run run = featureJob.run(feed.count());
                featureRuns.add(run);
                progress.printf(
                        "bench:   %s: feature job %,.0f events/s for %.1f s, then a drain of %.1f s%n",
                        setup, run.steadyPerSecond(), run.readingSeconds(), run.drainSeconds());
                return run.steadyPerSecond();
            };
            double[][] samples = settings.jobRounds().runAll(List.of(feature, bare.trial(), floor.trial()));
            List<JobRate.Run> measured =
                    featureRuns.subList(featureRuns.size() - samples[0].length, featureRuns.size());
            String name = "feature_job_" + setup;
            return List.of(
                    new Rounds.Paired(samples[0], samples[1]).median(name + "_vs_bare", "events/s"),
                    new Rounds.Paired(samples[0], samples[2]).median(name + "_vs_floor", "events/s"),
                    new Rounds.Paired(
                                    measured.stream()
                                            .mapToDouble(JobRate.Run::drainSeconds)
                                            .toArray(),
                                    measured.stream()
                                            .mapToDouble(JobRate.Run::readingSeconds)
                                            .toArray())
                            .median(name + "_drain_seconds", "s"));
        }
    }

    /** The models' settings of an import of {@code events}: nothing learnt past the newest event. */
    public static ModelSettings dataEnd(List<RawEvent> events, FeatureJobSettings job) {
        long newest = Long.MIN_VALUE;
        for (RawEvent event : events) {
            newest = Math.max(newest, EventTimePeek.timeOf(event.payload()));
        }
        return newest == Long.MIN_VALUE
                ? ModelSettings.defaults()
                : ModelSettings.defaults().withDataEnd(Instant.ofEpochMilli(newest));
    }

    /** A baseline over the held events read {@code passes} times, as one round of the bench. */
    private record Repeated(JobRate rate, long events) {
        Trial trial() {
            return () -> rate.run(events).steadyPerSecond();
        }
    }

    /**
     * A baseline job that reads the held events as often as it takes to run for the settings' seconds, judged by a
     * first run over them once.
     */
    private Repeated repeated(
            BenchSettings settings,
            EventFeed feed,
            String name,
            int parallelism,
            StateSetup state,
            Scratch scratch,
            BiConsumer<StreamExecutionEnvironment, Source<RawEvent, ?, ?>> graph)
            throws Exception {
        int[] passes = {1};
        JobRate rate = new JobRate(
                name,
                () -> BenchFlink.environment(parallelism, state, scratch.resolve("checkpoints")),
                () -> FeedSource.of(HeldEvents.repeated(HELD, passes[0])),
                graph);
        double once = rate.run(feed.count()).steadyPerSecond();
        passes[0] = passesFor(settings.jobSeconds(), once, feed.count());
        return new Repeated(rate, feed.count() * passes[0]);
    }

    /** How many passes over {@code events} at {@code perSecond} last {@code seconds} in the steady window. */
    static int passesFor(int seconds, double perSecond, long events) {
        // The steady window is the middle 80% of the events.
        double needed = seconds * perSecond / (0.8 * events);
        return (int) Math.max(1, Math.min(1_000, Math.ceil(needed)));
    }
}
