package dev.shoplens.bench.kafka;

import dev.shoplens.bench.BenchSettings;
import dev.shoplens.bench.Suite;
import dev.shoplens.bench.events.HeldEvents;
import dev.shoplens.bench.events.ShopEvents;
import dev.shoplens.bench.flink.DiscardingSinks;
import dev.shoplens.bench.flink.JobRate;
import dev.shoplens.bench.harness.Figure;
import dev.shoplens.bench.harness.Scratch;
import dev.shoplens.event.RawEvent;
import dev.shoplens.jobs.FeatureJob;
import dev.shoplens.jobs.FeatureJobSettings;
import dev.shoplens.jobs.models.ModelSettings;
import dev.shoplens.jobs.source.kafka.KafkaEvents;
import dev.shoplens.jobs.source.kafka.KafkaPublisher;
import dev.shoplens.jobs.source.kafka.KafkaSettings;
import dev.shoplens.testing.EmbeddedKafka;
import java.time.Instant;
import java.util.List;

/**
 * {@code kafka_path_throughput}: events a second from a real broker (in this JVM, two partitions) through the
 * feature job as production runs it (a Kafka source task per partition, parsing, validation, features; sinks
 * discarding), against {@link ConsumeAndParse} of the same topic. The events are published once, before both.
 */
public final class KafkaPathThroughput implements Suite {

    static final String TOPIC = "shop-events";
    static final int PARTITIONS = 2;

    @Override
    public String title() {
        return "Kafka path against a plain consume-and-parse";
    }

    @Override
    public List<Figure> run(BenchSettings settings) throws Exception {
        List<RawEvent> events = ShopEvents.generate(settings.kafkaEvents());
        try (Scratch scratch = Scratch.create("kafka");
                EmbeddedKafka kafka = EmbeddedKafka.start(scratch.resolve("broker"))) {
            kafka.createTopic(TOPIC, PARTITIONS);
            try (KafkaPublisher publisher = new KafkaPublisher(kafka.bootstrapServers(), TOPIC)) {
                publisher.publish(events.iterator());
            }
            FeatureJobSettings job = FeatureJobSettings.forReplay();
            ModelSettings models =
                    ModelSettings.forReplayOf(HeldEvents.hold(TOPIC, events), job.limits(), Instant.now());
            HeldEvents.release(TOPIC);
            int[] round = {0};
            // Each round reads the whole topic again as a new consumer group.
            JobRate path = new JobRate(
                    "kafka-path",
                    job.parallelism(),
                    () -> KafkaEvents.upToNow(
                            new KafkaSettings(kafka.bootstrapServers(), TOPIC, "bench-" + ++round[0])),
                    (env, source) -> new FeatureJob(source, PARTITIONS, new DiscardingSinks(), job, models).addTo(env));
            ConsumeAndParse plain = new ConsumeAndParse(kafka.bootstrapServers(), TOPIC);
            return List.of(settings.jobRounds()
                    .run(() -> path.eventsPerSecond(events.size()), () -> plain.eventsPerSecond(events.size()))
                    .median("kafka_path_throughput", "events/s"));
        }
    }
}
