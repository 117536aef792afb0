package dev.shoplens.jobs.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.shoplens.audiences.Audience;
import dev.shoplens.audiences.AudienceChange;
import dev.shoplens.audiences.AudienceChangeJson;
import dev.shoplens.event.Decoded;
import dev.shoplens.event.EventCodec;
import dev.shoplens.event.EventLimits;
import dev.shoplens.event.EventType;
import dev.shoplens.event.RawEvent;
import dev.shoplens.event.ShopEvent;
import dev.shoplens.jobs.FeatureJob;
import dev.shoplens.jobs.FeatureJobSettings;
import dev.shoplens.jobs.audiences.AudienceTopic;
import dev.shoplens.jobs.sink.StoreSinks;
import dev.shoplens.jobs.source.kafka.KafkaEvents;
import dev.shoplens.jobs.source.kafka.KafkaPublisher;
import dev.shoplens.jobs.source.kafka.KafkaSettings;
import dev.shoplens.simulator.SimulatedFeed;
import dev.shoplens.store.ClickHouseSettings;
import dev.shoplens.store.DuckDbSettings;
import dev.shoplens.store.StoreSettings;
import dev.shoplens.store.audiences.AudienceBook;
import dev.shoplens.store.read.Overview;
import dev.shoplens.store.read.ShopPulse;
import dev.shoplens.store.read.ShopReader;
import dev.shoplens.store.read.ShopStatus;
import dev.shoplens.testing.ClickHouseTestEngine;
import dev.shoplens.testing.EmbeddedKafka;
import dev.shoplens.testing.Waiting;
import dev.shoplens.time.ShopClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production path end to end on real services: the simulated shop with bad input mixed in is published into a
 * real Kafka broker (two partitions); the feature job reads it at parallelism 2 and writes into the real ClickHouse
 * engine, and, from the same topic, into DuckDB. Both stores must report the same figures, equal to the ground
 * truth, and the dashboard's queries must return the expected figures.
 */
class ProductionPathIT {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(4)
            .build());

    static final String TOPIC = "shop-events";
    static final int VALID_EVENTS = 12_000;

    @TempDir
    static Path dir;

    static EmbeddedKafka kafka;
    static ClickHouseTestEngine clickhouse;

    @BeforeAll
    static void startServices() throws Exception {
        kafka = EmbeddedKafka.start(dir.resolve("kafka"));
        kafka.createTopic(TOPIC, 2);
        kafka.createTopic(AUDIENCE_TOPIC, 2);
        AUDIENCE_READER = new TopicReader(kafka.bootstrapServers(), AUDIENCE_TOPIC);
        clickhouse = ClickHouseTestEngine.start(dir.resolve("clickhouse"));
    }

    @AfterAll
    static void stopServices() {
        AUDIENCE_READER.close();
        clickhouse.close();
        kafka.close();
    }

    @Test
    void bothStoresAgreeWithTheGroundTruthAndBadInputIsKeptWithItsReason() throws Exception {
        List<RawEvent> valid = new ArrayList<>();
        new SimulatedFeed(11, 200, 30, Instant.parse("2026-01-05T00:00:00Z"), ShopClock.system(), VALID_EVENTS)
                .open()
                .forEachRemaining(valid::add);
        List<ShopEvent> truth = decode(valid);
        ProductionPathIT.truth = truth;
        List<RawEvent> phaseOne = new ArrayList<>(valid.subList(0, VALID_EVENTS / 2));
        BadInput.inOrder().forEach(c -> phaseOne.add(new RawEvent(c.payload(), "test", null)));
        phaseOne.add(valid.get(VALID_EVENTS / 2 - 1)); // a duplicate, within the allowed lateness
        phaseOne.addAll(valid.subList(VALID_EVENTS / 2, VALID_EVENTS));
        try (KafkaPublisher publisher = new KafkaPublisher(kafka.bootstrapServers(), TOPIC)) {
            publisher.publish(phaseOne.iterator());
        }

        StoreSettings clickhouseStore = new ClickHouseSettings(
                clickhouse.url(), "shoplens", clickhouse.user(), clickhouse.password(), clickhouse.compresses());
        StoreSettings duckdbStore = DuckDbSettings.inDataDir(dir.resolve("duckdb"));
        clickhouseStore.migrate();
        try (ShopReader reader = clickhouseStore.openReader()) {
            reader.audiences().save(Audience.define("Buyers", "orders_total >= 1", "manager", Instant.EPOCH));
        }
        JobClient intoClickHouse = start(clickhouseStore, "clickhouse-job");
        JobClient intoDuckDb = start(duckdbStore, "duckdb-job");
        try {
            long purchases =
                    truth.stream().filter(e -> e.type() == EventType.PURCHASE).count();
            long rejected = BadInput.inOrder().size() + 1L;
            for (StoreSettings store : List.of(clickhouseStore, duckdbStore)) {
                waitFor(store, s -> s.orders() == purchases && s.eventsRejected() == rejected);
            }
            Instant last = truth.get(truth.size() - 1).time();
            publishLateEventAndHeartbeats(last, truth.get(0).productId());
            Set<String> buyers = truth.stream()
                    .filter(e -> e.type() == EventType.PURCHASE)
                    .map(ShopEvent::customerId)
                    .collect(Collectors.toSet());
            assertThat(buyers).hasSizeGreaterThan(10);
            assertAudienceOnStoreAndTopic(clickhouseStore, buyers);
            for (StoreSettings store : List.of(clickhouseStore, duckdbStore)) {
                // The heartbeats' own minute stays open: every valid event is counted, the heartbeats not yet.
                waitFor(store, s -> s.eventsAccepted() == VALID_EVENTS && s.eventsRejected() == rejected + 1);
            }
        } finally {
            intoClickHouse.cancel().get();
            intoDuckDb.cancel().get();
        }

        ShopStatus onClickHouse = status(clickhouseStore);
        ShopStatus onDuckDb = status(duckdbStore);
        assertThat(comparable(onClickHouse)).isEqualTo(comparable(onDuckDb));

        Map<String, Long> reasons = new HashMap<>(BadInput.expectedReasons());
        reasons.merge("duplicate", 1L, Long::sum);
        reasons.merge("late", 1L, Long::sum);
        assertThat(onClickHouse.rejectedByReason()).isEqualTo(reasons);
        assertThat(onClickHouse.rejectedByReason()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(onClickHouse.orders()).isEqualTo(count(truth, EventType.PURCHASE));
        assertThat(onClickHouse.returns()).isEqualTo(count(truth, EventType.RETURN));
        assertThat(onClickHouse.revenue()).isCloseTo(revenue(truth), within(1e-6));
        assertThat(onClickHouse.customers())
                .isEqualTo(truth.stream()
                        .map(ShopEvent::customerId)
                        .filter(c -> c != null)
                        .distinct()
                        .count());

        Instant heartbeat = truth.get(truth.size() - 1).time().plus(Duration.ofMinutes(2));
        LocalDate today = LocalDate.ofInstant(heartbeat, ZoneOffset.UTC);
        Overview overview;
        ShopPulse pulse;
        try (ShopReader reader = clickhouseStore.openReader()) {
            overview = reader.overview(60, Instant.now());
            pulse = reader.pulse();
        }
        assertThat(overview.today()).isEqualTo(today);
        assertThat(pulse.now().orders())
                .isEqualTo(truth.stream()
                        .filter(e -> e.type() == EventType.PURCHASE)
                        .filter(e ->
                                LocalDate.ofInstant(e.time(), ZoneOffset.UTC).equals(today))
                        .count());
    }

    /**
     * The audience defined before the job started holds every customer who bought, in the store and on the topic,
     * where each member's newest change is their enter.
     */
    private static void assertAudienceOnStoreAndTopic(StoreSettings store, Set<String> buyers) {
        Waiting.until(
                "the audience's members in " + store.describe(),
                Duration.ofSeconds(120),
                Duration.ofMillis(500),
                () -> {
                    try (ShopReader reader = store.openReader()) {
                        return reader.audiences().members("buyers", 100_000).stream()
                                .map(AudienceBook.Member::customerId)
                                .collect(Collectors.toSet());
                    }
                },
                buyers::equals);
        Map<String, AudienceChange> newest = new HashMap<>();
        Waiting.until(
                "the audience's changes on the topic",
                Duration.ofSeconds(60),
                Duration.ofMillis(200),
                () -> {
                    for (AudienceChange c : AUDIENCE_READER.poll()) {
                        newest.merge(c.customerId(), c, (a, b) -> a.seq() >= b.seq() ? a : b);
                    }
                    return newest.keySet();
                },
                buyers::equals);
        assertThat(newest.values()).allSatisfy(c -> {
            assertThat(c.audienceId()).isEqualTo("buyers");
            assertThat(c.entered()).isTrue();
        });
    }

    static final String AUDIENCE_TOPIC = "audience-changes";
    static TopicReader AUDIENCE_READER;

    /** Reads the audience topic from its start, a poll at a time. */
    static final class TopicReader implements AutoCloseable {
        private final KafkaConsumer<byte[], byte[]> consumer;

        TopicReader(String bootstrapServers, String topic) {
            Properties p = new Properties();
            p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            p.put(ConsumerConfig.GROUP_ID_CONFIG, "audience-test");
            p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
            p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
            consumer = new KafkaConsumer<>(p);
            consumer.subscribe(List.of(topic));
        }

        List<AudienceChange> poll() {
            List<AudienceChange> changes = new ArrayList<>();
            for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                AudienceChange c = AudienceChangeJson.read(r.value());
                assertThat(new String(r.key(), StandardCharsets.UTF_8)).isEqualTo(c.customerId());
                changes.add(c);
            }
            return changes;
        }

        @Override
        public void close() {
            consumer.close();
        }
    }

    private static JobClient start(StoreSettings store, String group) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        FeatureJobSettings settings =
                FeatureJobSettings.defaults().withParallelism(2).withCheckpointInterval(Duration.ofMillis(300));
        store.migrate();
        FeatureJob job = new FeatureJob(
                        KafkaEvents.unbounded(new KafkaSettings(kafka.bootstrapServers(), TOPIC, group)),
                        2,
                        new StoreSinks(store, 5_000, Duration.ofMillis(300)),
                        settings)
                .followingAudiences();
        if (store instanceof ClickHouseSettings) {
            // As production runs it: the changes on a topic as well.
            job = job.publishingAudienceChangesTo(new AudienceTopic(kafka.bootstrapServers(), AUDIENCE_TOPIC));
        }
        job.addTo(env);
        return env.executeAsync(group);
    }

    /** A late event (a month before the shop opened), then the heartbeats that make every minute's counts final. */
    private static void publishLateEventAndHeartbeats(Instant last, String product) throws Exception {
        String late = "{\"eventId\":\"late-1\",\"type\":\"view\",\"time\":\"2025-12-05T00:00:00Z\","
                + "\"productId\":\"heartbeat\"}";
        Heartbeats.publishAfter(kafka.bootstrapServers(), TOPIC, 2, last, product, late);
    }

    private static void waitFor(StoreSettings store, Predicate<ShopStatus> condition) {
        try {
            Waiting.until(
                    store.describe() + " reaching the expected figures",
                    Duration.ofSeconds(120),
                    Duration.ofMillis(500),
                    () -> status(store),
                    condition);
        } catch (AssertionError e) {
            throw new AssertionError(
                    e.getMessage() + "\nper minute (stored vs expected) where they differ: " + minuteDiff(store), e);
        }
    }

    static List<ShopEvent> truth = List.of();

    private static String minuteDiff(StoreSettings store) {
        Map<Instant, Long> expected = new java.util.TreeMap<>();
        truth.forEach(e -> expected.merge(e.time().truncatedTo(java.time.temporal.ChronoUnit.MINUTES), 1L, Long::sum));
        Map<Instant, Long> stored = new java.util.TreeMap<>();
        String sql = "SELECT minute, sum(events) FROM event_counts"
                + (store instanceof ClickHouseSettings ? " FINAL" : "") + " GROUP BY minute";
        try (java.sql.Connection c =
                        store instanceof ClickHouseSettings ch ? ch.connect() : ((DuckDbSettings) store).connect();
                java.sql.Statement st = c.createStatement();
                java.sql.ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                Object m = rs.getObject(1);
                Instant minute = m instanceof java.time.LocalDateTime l
                        ? l.toInstant(ZoneOffset.UTC)
                        : m instanceof java.time.ZonedDateTime z
                                ? z.toInstant()
                                : m instanceof java.time.OffsetDateTime o
                                        ? o.toInstant()
                                        : ((java.sql.Timestamp) m)
                                                .toLocalDateTime()
                                                .toInstant(ZoneOffset.UTC);
                stored.put(minute, rs.getLong(2));
            }
        } catch (Exception e) {
            return e.toString();
        }
        StringBuilder diff = new StringBuilder();
        expected.forEach((m, n) -> {
            if (!n.equals(stored.get(m))) {
                diff.append(m)
                        .append(' ')
                        .append(stored.get(m))
                        .append(" vs ")
                        .append(n)
                        .append("; ");
            }
        });
        return diff.toString();
    }

    private static ShopStatus status(StoreSettings store) {
        try (ShopReader reader = store.openReader()) {
            return reader.status();
        }
    }

    /** Everything but the store's name and its schema version (DuckDB may be ahead with tables of later issues). */
    private static List<Object> comparable(ShopStatus s) {
        return List.of(
                s.eventsAccepted(),
                s.eventsRejected(),
                s.rejectedByReason(),
                s.customers(),
                s.products(),
                s.orders(),
                s.returns(),
                Math.round(s.revenue() * 100),
                s.firstEventTime(),
                s.lastEventTime());
    }

    private static long count(List<ShopEvent> events, EventType type) {
        return events.stream().filter(e -> e.type() == type).count();
    }

    private static double revenue(List<ShopEvent> events) {
        return events.stream()
                .mapToDouble(e -> e.type() == EventType.PURCHASE
                        ? e.linesAmount()
                        : e.type() == EventType.RETURN ? -e.linesAmount() : 0)
                .sum();
    }

    private static List<ShopEvent> decode(List<RawEvent> raw) {
        EventCodec codec = new EventCodec(EventLimits.DEFAULTS);
        return raw.stream()
                .map(r -> ((Decoded.Accepted) codec.decode(r.payload(), Instant.now())).event())
                .toList();
    }
}
