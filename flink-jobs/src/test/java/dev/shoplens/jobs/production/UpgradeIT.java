package dev.shoplens.jobs.production;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.event.EventFeed;
import dev.shoplens.event.RawEvent;
import dev.shoplens.jobs.FeatureJob;
import dev.shoplens.jobs.FeatureJobSettings;
import dev.shoplens.jobs.config.JobRuntime;
import dev.shoplens.jobs.sink.StoreSinks;
import dev.shoplens.jobs.source.FeedSource;
import dev.shoplens.simulator.SimulatedFeed;
import dev.shoplens.store.DuckDbSettings;
import dev.shoplens.store.StoreSettings;
import dev.shoplens.store.read.ShopReader;
import dev.shoplens.store.read.ShopStatus;
import dev.shoplens.store.read.SqlShopReader;
import dev.shoplens.testing.Waiting;
import dev.shoplens.time.ShopClock;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.flink.api.common.JobID;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.runtime.checkpoint.RestoredCheckpointStats;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.InjectMiniCluster;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Upgrades keep state, as an operator runs one: the job stops with a savepoint (without draining: no end of input is
 * simulated, so no midnight or label runs early), and the next job, built from the same graph as the next release's
 * jar builds it, starts from that savepoint and reads on; afterwards every stored total equals the ground truth from
 * the input, and nothing was rejected (a lost source position would replay events as duplicates, lost keyed state
 * would start customers' totals afresh). On the heap and RocksDB, at parallelism 2.
 *
 * <p>The second test restores the savepoints earlier releases made (each kept in a folder of its own under
 * {@code src/test/resources/upgrade}, numbered in the order they were recorded, with the events it read), so a change
 * the next release cannot restore fails here rather than in a shop: a state's type or serializer, or an operator's
 * uid (Flink refuses the restore), or the customers' timelines coming back empty (their lifetime totals go wrong). A
 * state renamed elsewhere would come back empty without failing it. Record a new one when a release changes its
 * state ({@code -Dshoplens.upgrade.record=FOLDER}: the next number and what changed, e.g. {@code 2-trainer-typed}) and keep the older ones, as
 * Flink's own migration tests keep a savepoint per release; remove one only when a release deliberately stops
 * reading it, and say so in the upgrade notes.
 */
class UpgradeIT {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(2)
            .build());

    /**
     * 400 customers, the savepoint 18,000 events in (seven weeks of their time): late enough that the purchase model
     * (a 7 days' horizon) has trained versions by then, so a trainer's versions and their models are in the savepoint
     * too (the churn and value models' 30 and 90 days come later).
     */
    static final int CUSTOMERS = 400;

    static final int EVENTS = 24_000;
    static final int STOP_AFTER = 18_000;
    static final String VERSIONS = "versions.txt";
    static final Path RECORDED = Path.of("src/test/resources/upgrade");
    /** Runs whose source has read {@link #STOP_AFTER} events: time to take the savepoint. */
    static final Map<String, Boolean> HALFWAY = new ConcurrentHashMap<>();

    @TempDir
    static Path dir;

    @ParameterizedTest(name = "{0} state")
    @ValueSource(strings = {"hashmap", "rocksdb"})
    void theNextJobCarriesOnFromTheSavepointOfTheLast(String backend, @InjectMiniCluster MiniCluster flink)
            throws Exception {
        EventFeed shop =
                new SimulatedFeed(7, CUSTOMERS, 25, Instant.parse("2026-01-05T00:00:00Z"), ShopClock.system(), EVENTS);
        StoreSettings store = DuckDbSettings.inDataDir(dir.resolve(backend));
        store.migrate();

        JobID first = start(backend, slowAfterHalf(shop, backend), store, null);
        awaitHalfway(backend);
        // A savepoint needs every task running: RocksDB's can still be starting when the source is halfway.
        FailureRecoveryIT.awaitFirstCheckpoint(flink, first, "upgrade-" + backend);
        // A replay reads the audiences' definitions once, and that source finishes at once: a savepoint that reaches
        // it as it finishes fails ("checkpoint request for unknown task") and is asked for again, as an operator would.
        String savepoint = Waiting.until(
                "a savepoint of the first job",
                Duration.ofSeconds(60),
                Duration.ofMillis(500),
                () -> flink.stopWithSavepoint(
                                first,
                                dir.resolve("savepoints").toUri().toString(),
                                false,
                                SavepointFormatType.CANONICAL)
                        .get(),
                path -> path != null);
        System.out.printf("%s: stopped with savepoint %s%n", backend, savepoint);
        Map<String, Version> trained = newestVersions(store);
        assertThat(trained)
                .as("the versions trained before the savepoint, which it holds")
                .containsKey("purchase");

        JobID next = start(backend, shop, store, savepoint);
        assertThat(flink.requestJobResult(next).get().isSuccess())
                .as("the next job finished")
                .isTrue();

        assertRestoredFrom(flink, next, savepoint);
        assertTotalsAreTheGroundTruth(store, shop);
        String recordAs = System.getProperty("shoplens.upgrade.record");
        if (recordAs != null && backend.equals("hashmap")) {
            record(savepoint, shop, trained, RECORDED.resolve(recordAs));
        }
    }

    /** Every recorded release's folder. */
    static Stream<String> recordedReleases() throws IOException {
        try (Stream<Path> folders = Files.list(RECORDED)) {
            return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordedReleases")
    void theSavepointARecordedReleaseMadeIsRestored(String release, @InjectMiniCluster MiniCluster flink)
            throws Exception {
        Path recorded = RECORDED.resolve(release);
        Path savepoint = dir.resolve("recorded-" + release);
        copyTree(recorded.resolve("savepoint"), savepoint);
        EventFeed events = new GzippedEvents(
                recorded.resolve("events.jsonl.gz").toAbsolutePath().toString());
        StoreSettings store = DuckDbSettings.inDataDir(dir.resolve("recorded-store-" + release));
        store.migrate();

        // Recorded on the heap, restored into RocksDB: a canonical savepoint moves between state backends too.
        JobID next = start("rocksdb", events, store, savepoint.toUri().toString());
        assertThat(flink.requestJobResult(next).get().isSuccess())
                .as("the job from the recorded savepoint finished")
                .isTrue();

        assertRestoredFrom(flink, next, savepoint.toUri().toString());
        assertTheTrainersWentOnFromTheirVersions(recorded.resolve(VERSIONS), store);
        // The store starts empty: what the recorded job wrote before its savepoint is not here, so only the
        // customers' lifetime totals (kept in the restored state) can be checked, and they must be whole.
        Map<String, List<Long>> stored = GroundTruth.storedTotals(store);
        assertThat(stored).as("customers with events after the savepoint").isNotEmpty();
        assertThat(GroundTruth.expectedTotals(GroundTruth.decode(events))).containsAllEntriesOf(stored);
        try (ShopReader reader = store.openReader()) {
            ShopStatus status = reader.status();
            assertThat(status.eventsAccepted())
                    .as("the job read on past the savepoint")
                    .isPositive();
            assertThat(status.eventsRejected())
                    .as("no event replayed as a duplicate")
                    .isZero();
        }
    }

    private static JobID start(String backend, EventFeed feed, StoreSettings store, String savepoint) throws Exception {
        Configuration conf = JobRuntime.forFailureTests(
                backend, dir.resolve("checkpoints-" + backend).toUri().toString());
        if (savepoint != null) {
            conf.set(StateRecoveryOptions.SAVEPOINT_PATH, savepoint);
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        FeatureJobSettings settings =
                FeatureJobSettings.defaults().withParallelism(2).withCheckpointInterval(Duration.ofMillis(200));
        new FeatureJob(FeedSource.of(feed), 1, new StoreSinks(store, 2_000, Duration.ofMillis(200)), settings)
                .addTo(env);
        return env.executeAsync("upgrade-" + backend).getJobID();
    }

    private static void awaitHalfway(String run) {
        Waiting.until(
                "the source of " + run + " at half its events",
                Duration.ofMinutes(2),
                Duration.ofMillis(20),
                () -> HALFWAY.containsKey(run));
    }

    private static void assertRestoredFrom(MiniCluster flink, JobID job, String savepoint) throws Exception {
        RestoredCheckpointStats restored = flink.getArchivedExecutionGraph(job)
                .get()
                .getCheckpointStatsSnapshot()
                .getLatestRestoredCheckpoint();
        assertThat(restored).as("the job started from the savepoint").isNotNull();
        assertThat(restored.getProperties().isSavepoint()).isTrue();
        assertThat(Path.of(java.net.URI.create(restored.getExternalPath())))
                .isEqualTo(Path.of(java.net.URI.create(savepoint)));
    }

    private static void assertTotalsAreTheGroundTruth(StoreSettings store, EventFeed feed) throws Exception {
        ShopStatus status;
        try (ShopReader reader = store.openReader()) {
            status = reader.status();
        }
        assertThat(status.eventsAccepted()).isEqualTo(feed.count());
        assertThat(status.eventsRejected())
                .as("no event replayed as a duplicate")
                .isZero();
        assertThat(GroundTruth.storedTotals(store)).isEqualTo(GroundTruth.expectedTotals(GroundTruth.decode(feed)));
    }

    /** The newest version of each model kind in the store, and when (event time) it was trained. */
    record Version(int version, Instant trainedAt) {}

    static Map<String, Version> newestVersions(StoreSettings store) throws SQLException {
        Map<String, Version> newest = new TreeMap<>();
        try (Connection c = ((DuckDbSettings) store).connect();
                ResultSet rs = c.createStatement()
                        .executeQuery("SELECT kind, max(version), max(trained_at) FROM model_versions GROUP BY kind")) {
            while (rs.next()) {
                newest.put(rs.getString(1), new Version(rs.getInt(2), SqlShopReader.instant(rs.getObject(3))));
            }
        }
        return newest;
    }

    /**
     * A release recorded with the versions its savepoint holds ({@link #VERSIONS}; the earlier ones were recorded
     * before any version was trained): the restored trainers go on from them. A trainer that came back empty would
     * train version 1 again, after the savepoint's event time; a restored one writes a version it already had only
     * again (tested or retired) and numbers its new ones on from it.
     */
    private static void assertTheTrainersWentOnFromTheirVersions(Path versions, StoreSettings store)
            throws IOException, SQLException {
        if (!Files.exists(versions)) {
            return;
        }
        Map<String, Version> recorded = new TreeMap<>();
        for (String line : Files.readAllLines(versions)) {
            String[] parts = line.split(" ");
            recorded.put(parts[0], new Version(Integer.parseInt(parts[1]), Instant.parse(parts[2])));
        }
        assertThat(recorded).containsKey("purchase");
        try (Connection c = ((DuckDbSettings) store).connect();
                ResultSet rs =
                        c.createStatement().executeQuery("SELECT kind, version, trained_at FROM model_versions")) {
            int written = 0;
            while (rs.next()) {
                written++;
                Version had = recorded.getOrDefault(rs.getString(1), new Version(0, Instant.MIN));
                Instant trainedAt = SqlShopReader.instant(rs.getObject(3));
                if (rs.getInt(2) <= had.version()) {
                    assertThat(trainedAt)
                            .as(rs.getString(1) + " v" + rs.getInt(2) + " is the savepoint's, not trained again")
                            .isBeforeOrEqualTo(had.trainedAt());
                }
            }
            assertThat(written)
                    .as("versions trained or tested after the restore")
                    .isPositive();
        }
    }

    /** Keeps the savepoint, the events it read and the versions it holds for the next release's test. */
    private static void record(String savepoint, EventFeed feed, Map<String, Version> versions, Path folder)
            throws IOException {
        Path target = folder.resolve("savepoint");
        if (Files.exists(target)) {
            try (Stream<Path> files = Files.walk(target)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
        copyTree(Path.of(java.net.URI.create(savepoint)), target);
        StringBuilder lines = new StringBuilder();
        versions.forEach((kind, v) -> lines.append(kind)
                .append(' ')
                .append(v.version())
                .append(' ')
                .append(v.trainedAt())
                .append('\n'));
        Files.writeString(folder.resolve(VERSIONS), lines);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(folder.resolve("events.jsonl.gz")));
                Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            for (Iterator<RawEvent> it = feed.open(); it.hasNext(); ) {
                w.write(new String(it.next().payload(), StandardCharsets.UTF_8));
                w.write('\n');
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path copy = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(p, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** The feed, one event every 10 ms after its first half, so that the savepoint is taken while it runs. */
    static EventFeed slowAfterHalf(EventFeed feed, String run) {
        return new HookedFeed(feed, emitted -> {
            if (emitted >= STOP_AFTER) {
                HALFWAY.put(run, true);
                HookedFeed.pause(10);
            }
        });
    }

    /** The recorded events, one JSON payload per line of a gzipped file. */
    record GzippedEvents(String file) implements EventFeed {
        @Override
        public Iterator<RawEvent> open() {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(Path.of(file)));
                    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                List<String> lines = r.lines().toList();
                int[] line = {0};
                return lines.stream()
                        .map(l -> RawEvent.of(l, "file:" + file + ":" + ++line[0]))
                        .iterator();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public long count() {
            return EventFeed.countByReading(this);
        }
    }
}
