package dev.shoplens.jobs.audiences;

import dev.shoplens.audiences.AudienceChange;
import dev.shoplens.audiences.AudienceChangeJson;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.serialization.SerializationSchema;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;

/**
 * The Kafka topic where an email, ads or service tool subscribes to the audiences: each membership change as JSON
 * ({@link AudienceChangeJson}), keyed by the customer id, so that one customer's changes keep their order in one
 * partition. At least once: a change may come twice after a failure, and (audience, customer, seq) names it.
 */
public record AudienceTopic(String bootstrapServers, String topic) implements Serializable {

    public AudienceTopic {
        if (bootstrapServers == null || bootstrapServers.isBlank() || topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("the audience topic needs bootstrap servers and a topic name");
        }
    }

    public KafkaSink<AudienceChange> sink() {
        return KafkaSink.<AudienceChange>builder()
                .setBootstrapServers(bootstrapServers)
                .setRecordSerializer(KafkaRecordSerializationSchema.<AudienceChange>builder()
                        .setTopic(topic)
                        .setKeySerializationSchema(new CustomerKey())
                        .setValueSerializationSchema(new ChangeJson())
                        .build())
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .build();
    }

    // Classes rather than lambdas: Flink reads the record type from the schema's class (for its lineage).
    static final class CustomerKey implements SerializationSchema<AudienceChange> {
        @Override
        public byte[] serialize(AudienceChange change) {
            return change.customerId().getBytes(StandardCharsets.UTF_8);
        }
    }

    static final class ChangeJson implements SerializationSchema<AudienceChange> {
        @Override
        public byte[] serialize(AudienceChange change) {
            return AudienceChangeJson.write(change);
        }
    }
}
