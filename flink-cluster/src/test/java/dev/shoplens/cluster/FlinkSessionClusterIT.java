package dev.shoplens.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shoplens.event.EventFeed;
import dev.shoplens.event.RawEvent;
import dev.shoplens.event.ShopEvent;
import dev.shoplens.jobs.FeatureJobMain;
import dev.shoplens.jobs.production.GroundTruth;
import dev.shoplens.jobs.production.Heartbeats;
import dev.shoplens.jobs.source.kafka.KafkaPublisher;
import dev.shoplens.simulator.SimulatedFeed;
import dev.shoplens.store.ClickHouseSettings;
import dev.shoplens.store.read.ShopReader;
import dev.shoplens.store.read.ShopStatus;
import dev.shoplens.testing.ClickHouseTestEngine;
import dev.shoplens.testing.EmbeddedKafka;
import dev.shoplens.time.ShopClock;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production job jar as an operator deploys it: a Flink 2.2 session cluster of two processes (a JobManager and a
 * TaskManager on Flink's jars alone), the jar uploaded and run through the REST API with the shop's
 * {@code shoplens.yaml} (so its classes load from the jar, through Flink's user-code class loader), reading a real
 * Kafka broker and writing the ClickHouse engine, RocksDB state with checkpoints. Halfway through the events the
 * job is stopped with a savepoint, and the same jar is run again from it, as an upgrade is; after the rest of the
 * events every customer's lifetime totals are the ground truth's and nothing was replayed or lost.
 */
class FlinkSessionClusterIT {

    static final String TOPIC = "shop-events";
    static final int EVENTS = 6_000;

    @TempDir
    static Path dir;

    static EmbeddedKafka kafka;
    static ClickHouseTestEngine clickhouse;

    @BeforeAll
    static void startServices() throws Exception {
        kafka = EmbeddedKafka.start(dir.resolve("kafka"));
        kafka.createTopic(TOPIC, 2);
        clickhouse = ClickHouseTestEngine.start(dir.resolve("clickhouse"));
    }

    @AfterAll
    static void stopServices() {
        clickhouse.close();
        kafka.close();
    }

    @Test
    void theJobJarRunsOnASessionClusterAndCarriesOnFromItsSavepoint() throws Exception {
        EventFeed shop =
                new SimulatedFeed(7, 150, 25, Instant.parse("2026-01-05T00:00:00Z"), ShopClock.system(), EVENTS);
        List<RawEvent> events = new ArrayList<>();
        shop.open().forEachRemaining(events::add);
        List<ShopEvent> truth = GroundTruth.decode(shop);
        ClickHouseSettings store = new ClickHouseSettings(
                clickhouse.url(), "cluster_test", clickhouse.user(), clickhouse.password(), clickhouse.compresses());
        Path config = Files.writeString(dir.resolve("shoplens.yaml"), jobConfig());
        Path jar = Path.of(System.getProperty("shoplens.job.jar"));
        assertThat(jar).as("flink-jobs' job jar, built before this module").isRegularFile();
        Path lib = Path.of(System.getProperty("shoplens.flink.lib"));
        try (Stream<Path> jars = Files.list(lib)) {
            assertThat(jars.map(p -> p.getFileName().toString()))
                    .as("the cluster's class path is Flink's alone: the job's classes come with its jar")
                    .contains("flink-runtime-2.2.1.jar")
                    .noneMatch(name -> name.matches("(flink-jobs|models|store|shared-model|tribuo|kafka-clients"
                            + "|flink-connector-kafka|client-v2).*"));
        }

        publish(events.subList(0, EVENTS / 2));
        // The password reaches the job as production passes it: in the environment, never in a file.
        Map<String, String> env = Map.of("SHOPLENS_STORE_CLICKHOUSE_PASSWORD", clickhouse.password());
        try (FlinkSessionCluster flink = FlinkSessionCluster.start(
                Path.of(System.getProperty("shoplens.flink.lib")), dir.resolve("flink"), env)) {
            String jarId = flink.upload(jar);
            List<String> args = List.of("--config", config.toString());

            String first = flink.run(jarId, FeatureJobMain.class.getName(), args, null);
            flink.await(
                    "the first job's first checkpoint and stored orders",
                    Duration.ofMinutes(3),
                    () -> flink.completedCheckpoints(first) > 0 && status(store).orders() > 0);
            String savepoint = flink.stopWithSavepoint(first);
            flink.await("the first job finished", Duration.ofMinutes(1), () -> flink.jobStatus(first)
                    .equals("FINISHED"));

            publish(events.subList(EVENTS / 2, EVENTS));
            Heartbeats.publishAfter(
                    kafka.bootstrapServers(),
                    TOPIC,
                    2,
                    truth.get(truth.size() - 1).time(),
                    truth.get(0).productId());
            String next = flink.run(jarId, FeatureJobMain.class.getName(), args, savepoint);
            try {
                flink.await(
                        "every event counted and every customer's totals stored",
                        Duration.ofMinutes(4),
                        () -> status(store).eventsAccepted() == EVENTS
                                && GroundTruth.storedTotals(store).equals(GroundTruth.expectedTotals(truth)));

                JsonNode restored = flink.restoredFrom(next);
                assertThat(restored.path("is_savepoint").asBoolean())
                        .as("the next job started from the savepoint: %s", restored)
                        .isTrue();
                assertThat(Path.of(URI.create(restored.path("external_path").asText())))
                        .isEqualTo(Path.of(URI.create(savepoint)));
                assertThat(flink.jobStatus(next)).isEqualTo("RUNNING");
                ShopStatus status = status(store);
                assertThat(status.eventsRejected())
                        .as("no event read twice (a lost source position would replay them as duplicates)")
                        .isZero();
                assertThat(status.customers())
                        .isEqualTo(GroundTruth.expectedTotals(truth).size());
                System.out.printf(
                        "job %s stopped with savepoint %s; job %s restored from it: %d events, %d customers, %d orders%n",
                        first, savepoint, next, status.eventsAccepted(), status.customers(), status.orders());
            } finally {
                flink.cancel(next);
            }
        }
    }

    private static String jobConfig() {
        return String.join(
                "\n",
                "kafka:",
                "  bootstrapServers: " + kafka.bootstrapServers(),
                "  topic: " + TOPIC,
                "  groupId: cluster-test",
                "store:",
                "  kind: clickhouse",
                "  clickhouse:",
                "    url: " + clickhouse.url(),
                "    database: cluster_test",
                "    user: " + clickhouse.user(),
                "    compress: " + clickhouse.compresses(),
                "flink:",
                "  parallelism: 2",
                "  checkpointDir: " + dir.resolve("flink/checkpoints").toUri(),
                "  checkpointIntervalSeconds: 1",
                "  stateBackend: rocksdb",
                "");
    }

    private static void publish(List<RawEvent> events) throws Exception {
        try (KafkaPublisher publisher = new KafkaPublisher(kafka.bootstrapServers(), TOPIC)) {
            publisher.publish(events.iterator());
        }
    }

    private static ShopStatus status(ClickHouseSettings store) {
        try (ShopReader reader = store.openReader()) {
            return reader.status();
        }
    }
}
