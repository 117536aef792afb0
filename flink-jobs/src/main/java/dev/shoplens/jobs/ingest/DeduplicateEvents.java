package dev.shoplens.jobs.ingest;

import dev.shoplens.event.EventCodec;
import dev.shoplens.event.EventLimits;
import dev.shoplens.event.ShopEvent;
import dev.shoplens.quality.RejectReason;
import dev.shoplens.quality.RejectedEvent;
import dev.shoplens.quality.Rejection;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Passes each event once, rejects later copies as {@link RejectReason#DUPLICATE} and events older than the watermark
 * minus the allowed lateness as {@link RejectReason#LATE}.
 *
 * <p>Keyed by {@link #keyOf}: a known customer's events under the customer, so they leave this operator already
 * partitioned as every per-customer operator after it wants them, and need no second shuffle. Each key keeps the ids
 * it has seen with their event times, as one value (a few ids: with RocksDB, one read and one write per event
 * rather than an iterator over a map state at every clean-up). An id is remembered only until the watermark passes
 * its event time plus the allowed lateness (after that any copy is rejected as late anyway); ids are forgotten by
 * timers at whole
 * {@link #cleanupTime buckets} of a quarter of the lateness, so a customer's burst of events shares one timer
 * instead of registering one each, and no key's state can leak.
 */
public class DeduplicateEvents extends KeyedProcessFunction<String, AcceptedEvent, ShopEvent> {

    private final long allowedLatenessMillis;
    private final long cleanupEveryMillis;

    private transient ValueState<Map<String, Long>> seen;
    private transient EventCodec codec;
    private transient RejectionCounters rejections;

    public DeduplicateEvents(Duration allowedLateness) {
        this.allowedLatenessMillis = allowedLateness.toMillis();
        this.cleanupEveryMillis = Math.max(1, allowedLatenessMillis / 4);
    }

    /**
     * The key an event is de-duplicated under: its customer's id; without a customer, its product's (stock
     * changes); without either, its own id. Copies of an event carry the same fields, so they meet under one key.
     */
    public static String keyOf(AcceptedEvent accepted) {
        ShopEvent event = accepted.event();
        if (event.customerId() != null) {
            return event.customerId();
        }
        return event.productId() != null ? event.productId() : event.eventId();
    }

    @Override
    public void open(OpenContext openContext) {
        seen = getRuntimeContext()
                .getState(new ValueStateDescriptor<>("seen-ids", Types.MAP(Types.STRING, Types.LONG)));
        codec = new EventCodec(EventLimits.DEFAULTS);
        rejections = new RejectionCounters(getRuntimeContext().getMetricGroup());
    }

    RejectionCounters rejectionCounters() {
        return rejections;
    }

    @Override
    public void processElement(AcceptedEvent accepted, Context ctx, Collector<ShopEvent> out) throws Exception {
        ShopEvent event = accepted.event();
        long eventMillis = event.time().toEpochMilli();
        long watermark = ctx.timerService().currentWatermark();
        if (isLate(eventMillis, watermark)) {
            reject(ctx, accepted, RejectReason.LATE, lateBy(eventMillis, watermark));
            return;
        }
        Map<String, Long> ids = seen.value();
        if (ids != null && ids.containsKey(event.eventId())) {
            reject(ctx, accepted, RejectReason.DUPLICATE, "eventId " + event.eventId() + " seen before");
        } else {
            if (ids == null) {
                ids = new HashMap<>();
            }
            ids.put(event.eventId(), eventMillis);
            seen.update(ids);
            ctx.timerService().registerEventTimeTimer(cleanupTime(eventMillis));
            out.collect(event);
        }
    }

    /** Late when the watermark has reached the event time plus the allowed lateness (and the id is forgotten). */
    boolean isLate(long eventMillis, long watermark) {
        return watermark != Long.MIN_VALUE && eventMillis <= watermark - allowedLatenessMillis;
    }

    /** When an id seen at {@code eventMillis} is forgotten: the end of the bucket its lateness runs out in. */
    long cleanupTime(long eventMillis) {
        long expires = eventMillis + allowedLatenessMillis;
        return Math.floorDiv(expires + cleanupEveryMillis - 1, cleanupEveryMillis) * cleanupEveryMillis;
    }

    private String lateBy(long eventMillis, long watermark) {
        return "event time " + Instant.ofEpochMilli(eventMillis) + " is " + Duration.ofMillis(watermark - eventMillis)
                + " behind the watermark " + Instant.ofEpochMilli(watermark) + "; allowed lateness "
                + Duration.ofMillis(allowedLatenessMillis);
    }

    private void reject(Context ctx, AcceptedEvent accepted, RejectReason reason, String detail) {
        rejections.count(reason);
        ctx.output(
                Rejections.REJECTED,
                RejectedEvent.of(
                        new Rejection(reason, detail),
                        accepted.origin(),
                        codec.encode(accepted.event()),
                        Instant.now(),
                        accepted.event().eventId()));
    }

    /** Forgets the ids whose lateness has run out by {@code timestamp}; a key with none left keeps no state. */
    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<ShopEvent> out) throws Exception {
        Map<String, Long> ids = seen.value();
        if (ids == null) {
            return;
        }
        ids.values().removeIf(eventMillis -> eventMillis + allowedLatenessMillis <= timestamp);
        if (ids.isEmpty()) {
            seen.clear();
        } else {
            seen.update(ids);
        }
    }
}
