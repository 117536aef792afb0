package dev.shoplens.jobs.ingest;

import dev.shoplens.event.EventCodec;
import dev.shoplens.event.EventLimits;
import dev.shoplens.event.ShopEvent;
import dev.shoplens.quality.RejectReason;
import dev.shoplens.quality.RejectedEvent;
import dev.shoplens.quality.Rejection;
import java.time.Duration;
import java.time.Instant;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by {@code eventId}: passes each event once, rejects later copies as {@link RejectReason#DUPLICATE} and
 * events older than the watermark minus the allowed lateness as {@link RejectReason#LATE}.
 *
 * <p>An id is remembered only until the watermark passes its event time plus the allowed lateness: after that
 * any copy is rejected as late anyway, so the state of every key is cleared by a timer and cannot leak.
 */
public class DeduplicateEvents extends KeyedProcessFunction<String, AcceptedEvent, ShopEvent> {

    private final long allowedLatenessMillis;

    private transient ValueState<Boolean> seen;
    private transient EventCodec codec;
    private transient RejectionCounters rejections;

    public DeduplicateEvents(Duration allowedLateness) {
        this.allowedLatenessMillis = allowedLateness.toMillis();
    }

    @Override
    public void open(OpenContext openContext) {
        seen = getRuntimeContext().getState(new ValueStateDescriptor<>("seen", Types.BOOLEAN));
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
        } else if (seen.value() != null) {
            reject(ctx, accepted, RejectReason.DUPLICATE, "eventId " + event.eventId() + " seen before");
        } else {
            seen.update(true);
            ctx.timerService().registerEventTimeTimer(eventMillis + allowedLatenessMillis);
            out.collect(event);
        }
    }

    /** Late when the watermark has reached the event time plus the allowed lateness (and the id is forgotten). */
    boolean isLate(long eventMillis, long watermark) {
        return watermark != Long.MIN_VALUE && eventMillis <= watermark - allowedLatenessMillis;
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

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<ShopEvent> out) {
        seen.clear();
    }
}
