package dev.shoplens.jobs.source.kafka;

import dev.shoplens.event.RawEvent;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Passes each record's bytes on untouched, with its topic, partition and offset as origin: decoding happens in the
 * job, where a bad payload becomes a rejected event instead of a failed source. A tombstone (null value) becomes an
 * empty payload, which is rejected as malformed.
 */
public final class RawEventDeserializer implements KafkaRecordDeserializationSchema<RawEvent> {

    private static final byte[] EMPTY = new byte[0];

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<RawEvent> out) {
        byte[] value = record.value() == null ? EMPTY : record.value();
        out.collect(new RawEvent(value, origin(record.topic(), record.partition(), record.offset()), null));
    }

    public static String origin(String topic, int partition, long offset) {
        return "kafka:" + topic + ":" + partition + ":" + offset;
    }

    @Override
    public TypeInformation<RawEvent> getProducedType() {
        return TypeInformation.of(RawEvent.class);
    }
}
