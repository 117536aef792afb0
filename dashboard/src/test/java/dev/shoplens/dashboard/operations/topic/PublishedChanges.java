package dev.shoplens.dashboard.operations.topic;

import dev.shoplens.testing.EmbeddedKafka;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A real broker whose audience topic holds six changes over two partitions (four in 0, two in 1, a minute apart,
 * the newest at {@link #NEWEST}), an email tool that has committed five of them and an ads tool that has committed
 * one.
 */
final class PublishedChanges {

    static final String TOPIC = "shoplens-audience-changes";
    static final Instant NEWEST = Instant.parse("2026-03-01T10:05:00Z");

    private PublishedChanges() {}

    static EmbeddedKafka start(Path dir) throws Exception {
        EmbeddedKafka kafka = EmbeddedKafka.start(dir);
        kafka.createTopic(TOPIC, 2);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(kafka))) {
            for (int i = 0; i < 6; i++) {
                int partition = i < 4 ? 0 : 1;
                long time = NEWEST.minusSeconds(60L * (5 - i)).toEpochMilli();
                producer.send(new ProducerRecord<>(TOPIC, partition, time, "c" + i, "{}"))
                        .get();
            }
        }
        commit(kafka, "email-tool", Map.of(0, 3L, 1, 2L));
        commit(kafka, "ads-tool", Map.of(0, 1L));
        return kafka;
    }

    private static Properties producerConfig(EmbeddedKafka kafka) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return config;
    }

    /** A tool that has read up to {@code offsets} (partition → next offset) and committed them, as consumers do. */
    private static void commit(EmbeddedKafka kafka, String group, Map<Integer, Long> offsets) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            Map<TopicPartition, OffsetAndMetadata> commits = new HashMap<>();
            offsets.forEach((p, o) -> commits.put(new TopicPartition(TOPIC, p), new OffsetAndMetadata(o)));
            consumer.assign(commits.keySet());
            consumer.commitSync(commits);
        }
    }
}
