package dev.shoplens.jobs.source.kafka;

import java.io.Serializable;

/**
 * Where the shop's events come from: a Kafka topic, read by a consumer group whose offsets live in Flink's
 * checkpoints (committed back to Kafka on each checkpoint only so that lag tools can see them).
 */
public record KafkaSettings(String bootstrapServers, String topic, String groupId) implements Serializable {

    public KafkaSettings {
        require("kafka.bootstrapServers", bootstrapServers);
        require("kafka.topic", topic);
        require("kafka.groupId", groupId);
    }

    private static void require(String key, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key + " must be set");
        }
    }
}
