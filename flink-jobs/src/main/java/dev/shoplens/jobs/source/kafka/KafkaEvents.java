package dev.shoplens.jobs.source.kafka;

import dev.shoplens.event.RawEvent;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/** The Kafka source of raw events. */
public final class KafkaEvents {

    private KafkaEvents() {}

    /**
     * Reads from the group's committed offsets (the earliest where it has none) and never stops. On a restore the
     * offsets come from the checkpoint, not from Kafka.
     */
    public static KafkaSource<RawEvent> unbounded(KafkaSettings settings) {
        return builder(settings).build();
    }

    /** Reads what the topic holds when the job starts, then finishes: for tests and one-off replays. */
    public static KafkaSource<RawEvent> upToNow(KafkaSettings settings) {
        return builder(settings).setBounded(OffsetsInitializer.latest()).build();
    }

    private static KafkaSourceBuilder<RawEvent> builder(KafkaSettings settings) {
        return KafkaSource.<RawEvent>builder()
                .setBootstrapServers(settings.bootstrapServers())
                .setTopics(settings.topic())
                .setGroupId(settings.groupId())
                .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
                .setDeserializer(new RawEventDeserializer())
                .setProperty("commit.offsets.on.checkpoint", "true")
                .setProperty("partition.discovery.interval.ms", "60000");
    }
}
