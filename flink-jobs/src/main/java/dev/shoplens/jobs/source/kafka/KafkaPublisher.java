package dev.shoplens.jobs.source.kafka;

import dev.shoplens.event.Decoded;
import dev.shoplens.event.EventCodec;
import dev.shoplens.event.EventLimits;
import dev.shoplens.event.RawEvent;
import java.time.Instant;
import java.util.Iterator;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes raw events into a topic, as a shop's own producer would: keyed by customer (guests by session, else by
 * event id) so that one customer's events keep their order within a partition; idempotent, all replicas
 * acknowledging. Payloads go as they are, bad ones included: rejecting them is the job's work.
 */
public final class KafkaPublisher implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final String topic;
    /** Keys are read from any event, however far ahead its time: judging time is the job's work. */
    private static final Instant NO_FUTURE_LIMIT = Instant.parse("9000-01-01T00:00:00Z");

    private final EventCodec codec = new EventCodec(EventLimits.DEFAULTS);

    public KafkaPublisher(String bootstrapServers, String topic) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        this.producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
        this.topic = topic;
    }

    /** Sends every event of {@code events} and waits until all are acknowledged; returns how many. */
    public long publish(Iterator<RawEvent> events) throws ExecutionException, InterruptedException {
        long sent = 0;
        java.util.concurrent.atomic.AtomicReference<Exception> failure =
                new java.util.concurrent.atomic.AtomicReference<>();
        while (events.hasNext() && failure.get() == null) {
            RawEvent event = events.next();
            producer.send(new ProducerRecord<>(topic, key(event), event.payload()), (metadata, error) -> {
                if (error != null) {
                    failure.compareAndSet(null, error);
                }
            });
            sent++;
        }
        producer.flush();
        if (failure.get() != null) {
            throw new ExecutionException("publishing to " + topic + " failed", failure.get());
        }
        return sent;
    }

    String key(RawEvent raw) {
        if (codec.decode(raw.payload(), NO_FUTURE_LIMIT) instanceof Decoded.Accepted accepted) {
            var e = accepted.event();
            return e.customerId() != null ? e.customerId() : e.sessionId() != null ? e.sessionId() : e.eventId();
        }
        return null;
    }

    @Override
    public void close() {
        producer.close();
    }
}
