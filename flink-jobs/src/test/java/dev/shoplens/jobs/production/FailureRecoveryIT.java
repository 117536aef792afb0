package dev.shoplens.jobs.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.shoplens.event.EventFeed;
import dev.shoplens.event.EventType;
import dev.shoplens.event.ShopEvent;
import dev.shoplens.jobs.FeatureJob;
import dev.shoplens.jobs.FeatureJobSettings;
import dev.shoplens.jobs.config.JobRuntime;
import dev.shoplens.jobs.sink.StoreSinks;
import dev.shoplens.jobs.source.FeedSource;
import dev.shoplens.simulator.SimulatedFeed;
import dev.shoplens.store.ClickHouseSettings;
import dev.shoplens.store.DuckDbSettings;
import dev.shoplens.store.StoreSettings;
import dev.shoplens.store.read.ShopReader;
import dev.shoplens.store.read.ShopStatus;
import dev.shoplens.testing.ClickHouseTestEngine;
import dev.shoplens.testing.Waiting;
import dev.shoplens.time.ShopClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.flink.api.common.JobID;
import org.apache.flink.runtime.checkpoint.CheckpointStatsSnapshot;
import org.apache.flink.runtime.checkpoint.RestoredCheckpointStats;
import org.apache.flink.runtime.executiongraph.AccessExecutionGraph;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.InjectMiniCluster;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * In the style of Flink's KeyedStateCheckpointingITCase: the job runs at parallelism 2 with frequent checkpoints,
 * its source fails once at a random point, Flink restores the latest checkpoint and replays, and afterwards every
 * stored total equals the ground truth computed from the input. On the heap and RocksDB state backends, into
 * DuckDB and into ClickHouse. The test fails if the failure never happened or the job did not restore a checkpoint.
 */
class FailureRecoveryIT {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(2)
            .build());

    static final int EVENTS = 16_000;
    static final Map<String, Boolean> FAILED = new ConcurrentHashMap<>();
    /** Runs that have completed a checkpoint: the failure waits for one, or there would be nothing to restore. */
    static final Map<String, Boolean> CHECKPOINTED = new ConcurrentHashMap<>();

    @TempDir
    static Path dir;

    static ClickHouseTestEngine clickhouse;

    @BeforeAll
    static void startClickHouse() throws Exception {
        clickhouse = ClickHouseTestEngine.start(dir.resolve("clickhouse"));
    }

    @AfterAll
    static void stopClickHouse() {
        clickhouse.close();
    }

    @ParameterizedTest(name = "{0} state into {1}")
    @CsvSource({"hashmap, duckdb", "rocksdb, duckdb", "hashmap, clickhouse", "rocksdb, clickhouse"})
    void totalsEqualTheGroundTruthAfterAFailure(String backend, String storeKind, @InjectMiniCluster MiniCluster flink)
            throws Exception {
        String run = backend + "-" + storeKind;
        long seed = System.nanoTime();
        int failAt = 4_000 + new Random(seed).nextInt(EVENTS - 8_000);
        System.out.printf(
                "%s: the source fails once, at event %d or after the first checkpoint (seed %d)%n", run, failAt, seed);
        EventFeed shop =
                new SimulatedFeed(5, 150, 25, Instant.parse("2026-01-05T00:00:00Z"), ShopClock.system(), EVENTS);
        StoreSettings store = store(storeKind, run);
        store.migrate();

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(JobRuntime.forFailureTests(
                backend, dir.resolve("checkpoints-" + run).toUri().toString()));
        FeatureJobSettings settings =
                FeatureJobSettings.defaults().withParallelism(2).withCheckpointInterval(Duration.ofMillis(100));
        new FeatureJob(
                        FeedSource.of(failingOnce(shop, failAt, run)),
                        1,
                        new StoreSinks(store, 2_000, Duration.ofMillis(200)),
                        settings)
                .addTo(env);
        JobID job = env.executeAsync(run).getJobID();
        awaitFirstCheckpoint(flink, job, run);
        assertThat(flink.requestJobResult(job).get().isSuccess())
                .as("the job finished")
                .isTrue();

        assertThat(FAILED.get(run)).as("the source really failed once").isTrue();
        // Upserts alone would also make the totals right after a restart from scratch; the de-duplication and the
        // features must have come back from a checkpoint taken before the failure.
        RestoredCheckpointStats restored = flink.getArchivedExecutionGraph(job)
                .get()
                .getCheckpointStatsSnapshot()
                .getLatestRestoredCheckpoint();
        assertThat(restored).as("the job restored a checkpoint").isNotNull();
        assertThat(restored.getCheckpointId()).isPositive();
        System.out.printf(
                "%s: restored checkpoint %d (%d bytes)%n", run, restored.getCheckpointId(), restored.getStateSize());
        List<ShopEvent> truth = GroundTruth.decode(shop);
        ShopStatus status;
        try (ShopReader reader = store.openReader()) {
            status = reader.status();
        }
        assertThat(status.eventsAccepted()).isEqualTo(EVENTS);
        assertThat(status.eventsRejected()).isZero();
        assertThat(status.orders())
                .isEqualTo(truth.stream()
                        .filter(e -> e.type() == EventType.PURCHASE)
                        .count());
        assertThat(status.revenue()).isCloseTo(revenue(truth), within(1e-6));
        assertThat(GroundTruth.storedTotals(store)).isEqualTo(GroundTruth.expectedTotals(truth));
    }

    /** Lets the source fail once the job has a completed checkpoint (RocksDB's first one can take a while). */
    static void awaitFirstCheckpoint(MiniCluster flink, JobID job, String run) {
        Waiting.until(run + "'s first checkpoint (or its end)", Duration.ofMinutes(2), Duration.ofMillis(20), () -> {
            AccessExecutionGraph graph = flink.getExecutionGraph(job).get();
            CheckpointStatsSnapshot stats = graph.getCheckpointStatsSnapshot();
            if (stats != null && stats.getCounts().getNumberOfCompletedCheckpoints() > 0) {
                CHECKPOINTED.put(run, true);
                return true;
            }
            return graph.getState().isGloballyTerminalState();
        });
    }

    private static StoreSettings store(String kind, String run) {
        return kind.equals("duckdb")
                ? DuckDbSettings.inDataDir(dir.resolve(run))
                : new ClickHouseSettings(
                        clickhouse.url(),
                        run.replace('-', '_'),
                        clickhouse.user(),
                        clickhouse.password(),
                        clickhouse.compresses());
    }

    /** Each customer's lifetime orders and spend (in cents), as stored. */
    private static double revenue(List<ShopEvent> events) {
        return events.stream()
                .mapToDouble(e -> e.type() == EventType.PURCHASE
                        ? e.linesAmount()
                        : e.type() == EventType.RETURN ? -e.linesAmount() : 0)
                .sum();
    }

    /**
     * The feed, slowed a little so that checkpoints complete while it runs, failing the first time it is at or past
     * {@code failAt} with a checkpoint completed. The flag lives in this JVM (the MiniCluster's), so the replay after
     * the restore passes.
     */
    static EventFeed failingOnce(EventFeed feed, int failAt, String run) {
        return new HookedFeed(feed, emitted -> {
            if (emitted >= failAt && !FAILED.containsKey(run)) {
                if (CHECKPOINTED.containsKey(run)) {
                    FAILED.put(run, true);
                    throw new IllegalStateException("injected failure at event " + emitted);
                }
                // Past the point but nothing to restore yet: go slowly, one event at a time, so that the barriers
                // get through and a checkpoint completes.
                HookedFeed.pause(5);
            }
            if ((emitted + 1) % 40 == 0) {
                HookedFeed.pause(1);
            }
        });
    }
}
