package dev.shoplens.jobs.production;

import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Events that only move time on: one page view a partition, two minutes after the last real event, so that every
 * partition's watermark passes the last minute and its counts are final (the heartbeats' own minute stays open).
 */
public final class Heartbeats {

    private Heartbeats() {}

    /** Sends {@code payloads} to partition 0, then a heartbeat to each of the topic's {@code partitions}. */
    public static void publishAfter(
            String bootstrapServers, String topic, int partitions, Instant last, String product, String... payloads)
            throws Exception {
        Properties props = new Properties();
        props.put("bootstrap.servers", bootstrapServers);
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (String payload : payloads) {
                producer.send(new ProducerRecord<>(topic, 0, null, payload.getBytes()))
                        .get();
            }
            for (int partition = 0; partition < partitions; partition++) {
                String beat = "{\"eventId\":\"beat-" + partition + "\",\"type\":\"view\",\"time\":\""
                        + last.plus(Duration.ofMinutes(2)) + "\",\"productId\":\"" + product + "\"}";
                producer.send(new ProducerRecord<>(topic, partition, null, beat.getBytes()))
                        .get();
            }
        }
    }
}
