package dev.shoplens.bench.flink;

import dev.shoplens.bench.BenchSettings;
import dev.shoplens.bench.Suite;
import dev.shoplens.bench.events.HeldEvents;
import dev.shoplens.bench.events.ShopEvents;
import dev.shoplens.bench.harness.Figure;
import dev.shoplens.bench.harness.Rounds;
import dev.shoplens.bench.harness.Scratch;
import dev.shoplens.bench.harness.Trial;
import dev.shoplens.event.EventFeed;
import dev.shoplens.event.RawEvent;
import dev.shoplens.jobs.FeatureJob;
import dev.shoplens.jobs.FeatureJobSettings;
import dev.shoplens.jobs.models.ModelSettings;
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
    /** The most events held in memory for one measurement (about 350 MB). */
    static final int MAX_EVENTS = 1_000_000;

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
            for (StateSetup state : StateSetup.values()) {
                figures.addAll(measure(settings, customers, state));
            }
        }
        return figures;
    }

    static String shopName(int customers) {
        return customers == ShopEvents.SMALL ? "small" : "large";
    }

    private List<Figure> measure(BenchSettings settings, int customers, StateSetup state) throws Exception {
        String setup = shopName(customers) + "_" + state.label();
        try (Scratch scratch = Scratch.create("feature-job-" + setup)) {
            List<RawEvent> events = sized(settings, customers, setup, state, scratch);
            EventFeed feed = HeldEvents.hold(HELD, events);
            try {
                return measure(settings, featureJob(feed, state, scratch), feed, setup, state, scratch);
            } finally {
                HeldEvents.release(HELD);
            }
        }
    }

    /**
     * The events of the measured rounds: a first run on the settings' events warms the JIT up and tells how many
     * events last the settings' seconds at the steady rate (at most {@link #MAX_EVENTS}).
     */
    private List<RawEvent> sized(BenchSettings settings, int customers, String setup, StateSetup state, Scratch scratch)
            throws Exception {
        List<RawEvent> events = ShopEvents.generate(customers, settings.jobEvents());
        EventFeed feed = HeldEvents.hold(HELD, events);
        JobRate.Run first;
        try {
            first = featureJob(feed, state, scratch).run(events.size());
        } finally {
            HeldEvents.release(HELD);
        }
        int needed = eventsFor(settings.jobSeconds(), first.steadyPerSecond(), events.size());
        progress.printf(
                "bench:   %s: first run %,.0f events/s; measuring on %,d events%n",
                setup, first.steadyPerSecond(), needed);
        return needed > events.size() ? ShopEvents.generate(customers, needed) : events;
    }

    /** The feature job over {@code feed}, its models told where the feed's data ends, as an import tells them. */
    private static JobRate featureJob(EventFeed feed, StateSetup state, Scratch scratch) {
        FeatureJobSettings job = FeatureJobSettings.forReplay();
        ModelSettings models = ModelSettings.forReplayOf(feed, job.limits(), Instant.now());
        return new JobRate(
                "feature-job",
                () -> BenchFlink.environment(job.parallelism(), state, scratch.resolve("checkpoints")),
                () -> FeedSource.of(feed),
                (env, source) -> new FeatureJob(source, 1, new DiscardingSinks(), job, models).addTo(env));
    }

    /**
     * Events that last {@code seconds} in the steady window when a cold first run went at {@code perSecond}, between
     * the given and the cap.
     */
    static int eventsFor(int seconds, double perSecond, int given) {
        // The steady window is the middle 80% of the events. A first run, cold, went at about half the rate of the
        // warm rounds after it (small shop: 20,900 then 39,000-47,300 events/s): twice its rate.
        double needed = seconds * 2 * perSecond / 0.8;
        return (int) Math.max(given, Math.min(MAX_EVENTS, Math.ceil(needed)));
    }

    private List<Figure> measure(
            BenchSettings settings, JobRate featureJob, EventFeed feed, String setup, StateSetup state, Scratch scratch)
            throws Exception {
        FeatureJobSettings job = FeatureJobSettings.forReplay();
        Repeated bare = repeated(
                settings, feed, "key-and-count", state, scratch, (env, source) -> KeyAndCount.addTo(env, source, 1));
        Repeated floor = repeated(
                settings,
                feed,
                "decode-key-count",
                state,
                scratch,
                (env, source) -> DecodeKeyAndCount.addTo(env, source, 1, job));
        List<JobRate.Run> runs = new ArrayList<>();
        Trial feature = () -> {
            JobRate.Run run = featureJob.run(feed.count());
            runs.add(run);
            progress.printf(
                    "bench:   %s: feature job %,.0f events/s for %.1f s, then a drain of %.1f s%n",
                    setup, run.steadyPerSecond(), run.readingSeconds(), run.drainSeconds());
            return run.steadyPerSecond();
        };
        // Every job has had a first run (the sizing run, each baseline's own): no more warm-up rounds.
        double[][] samples =
                new Rounds(0, settings.jobRounds().measured()).runAll(List.of(feature, bare.trial(), floor.trial()));
        String name = "feature_job_" + setup;
        return List.of(
                new Rounds.Paired(samples[0], samples[1]).median(name + "_vs_bare", "events/s"),
                new Rounds.Paired(samples[0], samples[2]).median(name + "_vs_floor", "events/s"),
                new Rounds.Paired(
                                runs.stream()
                                        .mapToDouble(JobRate.Run::drainSeconds)
                                        .toArray(),
                                runs.stream()
                                        .mapToDouble(JobRate.Run::readingSeconds)
                                        .toArray())
                        .median(name + "_drain_seconds", "s"));
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
            StateSetup state,
            Scratch scratch,
            BiConsumer<StreamExecutionEnvironment, Source<RawEvent, ?, ?>> graph)
            throws Exception {
        int[] passes = {1};
        JobRate rate = new JobRate(
                name,
                () -> BenchFlink.environment(
                        FeatureJobSettings.forReplay().parallelism(), state, scratch.resolve("checkpoints")),
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
