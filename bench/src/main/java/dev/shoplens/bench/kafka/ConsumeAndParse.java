package dev.shoplens.bench.kafka;

import dev.shoplens.bench.harness.Stopwatch;
import dev.shoplens.event.Decoded;
import dev.shoplens.event.EventCodec;
import dev.shoplens.event.EventLimits;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The Kafka path's baseline: one plain consumer on one thread reads every partition of the topic from the start
 * and decodes and validates each payload with the shared codec, nothing else. What reading and parsing the topic
 * cost on this machine, without Flink.
 */
final class ConsumeAndParse {

    private final String bootstrapServers;
    private final String topic;
    private final EventCodec codec = new EventCodec(EventLimits.DEFAULTS);

    ConsumeAndParse(String bootstrapServers, String topic) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
    }

    double eventsPerSecond(long expected) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        Stopwatch watch = Stopwatch.start();
        long read = 0;
        long accepted = 0;
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long total = end.values().stream().mapToLong(Long::longValue).sum();
            Instant futureLimit = Instant.now().plus(Duration.ofDays(1));
            while (read < total) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    read++;
                    if (codec.decode(record.value(), futureLimit) instanceof Decoded.Accepted) {
                        accepted++;
                    }
                }
            }
        }
        if (accepted != expected) {
            throw new IllegalStateException("read " + accepted + " valid events, expected " + expected);
        }
        return watch.rate(read);
    }
}
