package dev.shoplens.jobs.combine;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.BoundedOneInput;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.runtime.watermarkstatus.WatermarkStatus;

/**
 * Combines a stream's records of one key until the watermark moves, then sends one record per key on, just before
 * the watermark. For the upsert tables, where the store keeps only the newest row of a key (a replay or a busy
 * product makes many rows of one key between two watermarks, and every one but the last was built, shipped to the
 * writer and thrown away there), and for counts, which add up.
 *
 * <p>It keeps nothing in state: what it holds goes out before a checkpoint's barrier and at the end of the input,
 * so a restored job neither loses nor repeats a record. In event time nothing changes for the operators after it:
 * every record still comes before the first watermark that could make it late. Freshness is bound to the
 * watermark's, as the scores already are. Chained to the operator before it, so the records it drops are never
 * serialized. Records are held by reference: the operator before it must make a new record for each output.
 *
 * <p>Flink's SQL runtime does the same for its aggregations (mini-batch); the DataStream API has no such operator.
 */
public final class CombinePerWatermark<T> extends AbstractStreamOperator<T>
        implements OneInputStreamOperator<T, T>, BoundedOneInput {

    private static final long serialVersionUID = 1L;

    /** Two records of one key as one: {@code older} came first. */
    @FunctionalInterface
    public interface Combine<T> extends Serializable {
        T apply(T older, T newer);
    }

    /** Which records go on at once rather than being combined. */
    @FunctionalInterface
    public interface PassesAtOnce<T> extends Serializable {
        boolean test(T record);
    }

    private final KeySelector<T, ?> key;
    private final Combine<T> combine;
    private final PassesAtOnce<T> passesAtOnce;

    private transient Map<Object, Held<T>> held;
    private transient StreamRecord<T> reuse;

    /** One key's record so far, with the timestamp of the newest record combined into it. */
    private static final class Held<T> {
        T value;
        long timestamp;
        boolean hasTimestamp;
    }

    public CombinePerWatermark(KeySelector<T, ?> key, Combine<T> combine) {
        this(key, combine, record -> false);
    }

    /**
     * Records for which {@code passesAtOnce} holds are not combined: each goes on as it comes, after what its key
     * held, so a key's records go on in the order they came.
     */
    public CombinePerWatermark(KeySelector<T, ?> key, Combine<T> combine, PassesAtOnce<T> passesAtOnce) {
        this.key = key;
        this.combine = combine;
        this.passesAtOnce = passesAtOnce;
    }

    /** Only the newest record of each key between two watermarks goes on: for rows the store upserts by that key. */
    public static <T> SingleOutputStreamOperator<T> newestPerKey(DataStream<T> rows, KeySelector<T, ?> key) {
        return rows.transform(
                "newest per key", rows.getType(), new CombinePerWatermark<>(key, (older, newer) -> newer));
    }

    /**
     * Only the newest record of each key between two watermarks goes on, but for records {@code passing}, which go
     * on as they come, each after the record its key held: for rows of which the operators after it need every one
     * (a customer's midnights) among rows of which they need only the newest (the customer's features after events).
     */
    public static <T> SingleOutputStreamOperator<T> newestPerKeyPassing(
            DataStream<T> rows, KeySelector<T, ?> key, PassesAtOnce<T> passing) {
        return rows.transform(
                "newest per key", rows.getType(), new CombinePerWatermark<>(key, (older, newer) -> newer, passing));
    }

    /** The records of each key between two watermarks go on as one, made by {@code combine}. */
    public static <T> SingleOutputStreamOperator<T> combinePerKey(
            DataStream<T> records, KeySelector<T, ?> key, Combine<T> combine) {
        return records.transform("combined per key", records.getType(), new CombinePerWatermark<>(key, combine));
    }

    @Override
    public void open() throws Exception {
        super.open();
        held = new LinkedHashMap<>();
        reuse = new StreamRecord<>(null);
    }

    @Override
    public void processElement(StreamRecord<T> element) throws Exception {
        T value = element.getValue();
        Object k = key.getKey(value);
        if (passesAtOnce.test(value)) {
            Held<T> before = held.remove(k);
            if (before != null) {
                send(before);
            }
            output.collect(element);
            return;
        }
        Held<T> h = held.get(k);
        if (h == null) {
            h = new Held<>();
            h.value = value;
            held.put(k, h);
        } else {
            h.value = combine.apply(h.value, value);
        }
        h.hasTimestamp = element.hasTimestamp();
        h.timestamp = element.getTimestamp();
    }

    @Override
    public void processWatermark(Watermark mark) throws Exception {
        flush();
        super.processWatermark(mark);
    }

    @Override
    public void processWatermarkStatus(WatermarkStatus status) throws Exception {
        flush(); // an input going idle sends no watermark for a while: what it made goes on now
        super.processWatermarkStatus(status);
    }

    @Override
    public void prepareSnapshotPreBarrier(long checkpointId) throws Exception {
        flush();
        super.prepareSnapshotPreBarrier(checkpointId);
    }

    @Override
    public void endInput() {
        flush();
    }

    @Override
    public void finish() throws Exception {
        flush();
        super.finish();
    }

    /** Sends what is held on, in the order the keys first came. */
    private void flush() {
        if (held.isEmpty()) {
            return;
        }
        for (Held<T> h : held.values()) {
            send(h);
        }
        held.clear();
    }

    private void send(Held<T> h) {
        if (h.hasTimestamp) {
            output.collect(reuse.replace(h.value, h.timestamp));
        } else {
            reuse.eraseTimestamp();
            output.collect(reuse.replace(h.value));
        }
    }
}
