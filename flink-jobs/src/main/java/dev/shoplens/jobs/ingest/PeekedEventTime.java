package dev.shoplens.jobs.ingest;

import dev.shoplens.event.EventLimits;
import dev.shoplens.event.EventTimePeek;
import dev.shoplens.event.RawEvent;
import dev.shoplens.time.ShopClock;
import org.apache.flink.api.common.eventtime.SerializableTimestampAssigner;

/**
 * The event time of a raw payload for watermarks at the source: its top-level {@code time}, unless that is further
 * ahead of the shop's clock than validation allows. Such an event is rejected later as {@code future_time}; were
 * its time used, one producer with a wrong clock would make every following event late.
 */
public final class PeekedEventTime implements SerializableTimestampAssigner<RawEvent> {

    private final ShopClock clock;
    private final long maxFutureSkewMillis;

    public PeekedEventTime(ShopClock clock, EventLimits limits) {
        this.clock = clock;
        this.maxFutureSkewMillis = limits.maxFutureSkew().toMillis();
    }

    @Override
    public long extractTimestamp(RawEvent raw, long previous) {
        long time = EventTimePeek.timeOf(raw.payload());
        if (time != Long.MIN_VALUE && time > clock.now().toEpochMilli() + maxFutureSkewMillis) {
            return Long.MIN_VALUE;
        }
        return time;
    }
}
