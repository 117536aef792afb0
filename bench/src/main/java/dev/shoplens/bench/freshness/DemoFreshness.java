package dev.shoplens.bench.freshness;

import dev.shoplens.bench.BenchSettings;
import dev.shoplens.bench.Suite;
import dev.shoplens.bench.flink.BenchFlink;
import dev.shoplens.bench.harness.Figure;
import dev.shoplens.bench.harness.Percentiles;
import dev.shoplens.bench.harness.Scratch;
import dev.shoplens.jobs.FeatureJob;
import dev.shoplens.jobs.FeatureJobSettings;
import dev.shoplens.jobs.sink.StoreSinks;
import dev.shoplens.jobs.source.FeedSource;
import dev.shoplens.simulator.SimulatedFeed;
import dev.shoplens.store.DuckDbSettings;
import dev.shoplens.store.read.Freshness;
import dev.shoplens.store.read.ShopReader;
import dev.shoplens.time.ShopClock;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The demo's pipeline as {@code shoplens demo} runs it (the demo's shop, live at 60 times the wall clock from its
 * evening peak on, the feature job with its default checkpoints and sink delays, DuckDB), watched through the dashboard's own freshness query:
 *
 * <ul>
 *   <li>{@code freshness_p50/p95/p99_seconds}: for every live event that changes a customer, from the moment it
 *       entered the source (the wall time at which the shop's clock reached it; after the first five seconds live,
 *       as a warm-up) to the first poll (every 100 ms)
 *       whose newest customer features are as of it or later; against the same measure, over every live event, for
 *       the ingest progress, which the job writes straight after decoding: the pipeline's floor.
 *   <li>{@code demo_peak_heap_mb}: the largest heap in use, sampled at every poll, against the heap in use after a
 *       full collection before the pipeline started. DuckDB's memory is native and not in it.
 * </ul>
 */
public final class DemoFreshness implements Suite {

    static final int CUSTOMERS = 2_000;
    static final int PRODUCTS = 200;
    static final long SEED = 42;
    static final double SPEED = 60;
    static final Duration POLL = Duration.ofMillis(100);
    static final Duration EVENING_PEAK = Duration.ofHours(19);
    static final Duration SETTLE = Duration.ofSeconds(3);
    /** Like a warm-up round: the job's first seconds live include its start and catching up with the history. */
    static final Duration WARMUP = Duration.ofSeconds(5);

    @Override
    public String title() {
        return "freshness and peak heap of the demo pipeline";
    }

    @Override
    public List<Figure> run(BenchSettings settings) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        double idleHeapMb = memory.getHeapMemoryUsage().getUsed() / 1e6;
        try (Scratch scratch = Scratch.create("demo")) {
            DuckDbSettings store =
                    new DuckDbSettings(scratch.resolve("demo.duckdb").toString(), false);
            store.migrate();
            ShopClock.ScaledClock clock = new ShopClock.ScaledClock(Instant.now(), lastEveningPeak(), SPEED);
            JobClient job = start(store, clock);
            List<Poll> polls = new ArrayList<>();
            double peakHeapMb = 0;
            try (ShopReader reader = store.openReader()) {
                long until = System.nanoTime()
                        + Duration.ofSeconds(settings.freshnessSeconds()).toNanos();
                while (System.nanoTime() < until) {
                    Freshness f = reader.freshness(Instant.now());
                    polls.add(new Poll(Instant.now(), f.resultsAsOf(), f.newestEventTime()));
                    peakHeapMb =
                            Math.max(peakHeapMb, memory.getHeapMemoryUsage().getUsed() / 1e6);
                    Thread.sleep(POLL.toMillis());
                }
            } finally {
                job.cancel().get();
            }
            LiveEvents live = LiveEvents.of(
                    SEED,
                    CUSTOMERS,
                    PRODUCTS,
                    historyStart(clock),
                    shopTimeAt(clock, clock.wallOrigin().plus(WARMUP)),
                    shopTimeAt(clock, polls.get(polls.size() - 1).at()));
            if (live.ofCustomers().isEmpty()) {
                throw new Skipped("the shop sent no live event while freshness was watched; run it longer");
            }
            Percentiles results = Percentiles.of(latencies(live.ofCustomers(), polls, Poll::resultsAsOf, clock));
            Percentiles progress = Percentiles.of(latencies(live.all(), polls, Poll::newestEventTime, clock));
            return List.of(
                    Figure.against("freshness_p50_seconds", "s", results.p50(), progress.p50()),
                    Figure.against("freshness_p95_seconds", "s", results.p95(), progress.p95()),
                    Figure.against("freshness_p99_seconds", "s", results.p99(), progress.p99()),
                    Figure.against("demo_peak_heap_mb", "MB", peakHeapMb, idleHeapMb));
        }
    }

    /**
     * The shop goes live at the evening peak of its traffic, whatever the hour here: at night the demo's shop makes
     * an event a minute or less, and freshness would measure the gaps between events.
     */
    static Instant lastEveningPeak() {
        Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(EVENING_PEAK);
        return today.isAfter(Instant.now()) ? today.minus(Duration.ofDays(1)) : today;
    }

    private static Instant shopTimeAt(ShopClock.ScaledClock clock, Instant wall) {
        return clock.eventOrigin()
                .plusNanos((long) (Duration.between(clock.wallOrigin(), wall).toNanos() * clock.speed()));
    }

    private static Instant historyStart(ShopClock.ScaledClock clock) {
        return clock.eventOrigin().minus(Duration.ofHours(1));
    }

    /** The demo's job: an hour of history replayed at full speed, then live, so that the live part starts soon. */
    private static JobClient start(DuckDbSettings store, ShopClock.ScaledClock clock) throws Exception {
        FeatureJobSettings job = FeatureJobSettings.defaults().withClock(clock);
        Instant historyStart = historyStart(clock);
        StreamExecutionEnvironment env = BenchFlink.environment(job.parallelism());
        new FeatureJob(
                        FeedSource.of(
                                new SimulatedFeed(SEED, CUSTOMERS, PRODUCTS, historyStart, clock, Long.MAX_VALUE)),
                        1,
                        new StoreSinks(store, job.sinkBatch(), job.sinkMaxDelay()),
                        job)
                .addTo(env);
        return env.executeAsync("bench-demo");
    }

    /** One look at the store: when, and the newest event times it shows. */
    record Poll(Instant at, Instant resultsAsOf, Instant newestEventTime) {}

    /**
     * Each live event's latency: from the wall time it entered the source to the first poll that shows a time at
     * least as new as it. Events entering in the last {@link #SETTLE} are left out: they had no fair chance to show.
     */
    static double[] latencies(
            List<Instant> eventTimes, List<Poll> polls, Function<Poll, Instant> shown, ShopClock.ScaledClock clock) {
        Instant lastFair = polls.get(polls.size() - 1).at().minus(SETTLE);
        List<Double> latencies = new ArrayList<>();
        int next = 0;
        for (Instant t : eventTimes) {
            Instant entered = clock.wallTimeOf(t);
            if (entered.isAfter(lastFair)) {
                break;
            }
            while (next < polls.size() && !isShown(shown.apply(polls.get(next)), t)) {
                next++;
            }
            if (next == polls.size()) {
                throw new IllegalStateException("the event of " + t + " never became visible");
            }
            latencies.add(
                    Math.max(0, Duration.between(entered, polls.get(next).at()).toMillis() / 1000.0));
        }
        return latencies.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static boolean isShown(Instant shown, Instant eventTime) {
        return shown != null && !shown.isBefore(eventTime);
    }
}
