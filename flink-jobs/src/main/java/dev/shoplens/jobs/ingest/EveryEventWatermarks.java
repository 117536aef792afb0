package dev.shoplens.jobs.ingest;

import java.time.Duration;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;

/**
 * Bounded out-of-orderness like Flink's own generator, but the watermark follows every event instead of a periodic
 * timer: where timers fire in the stream then depends on the events alone, not on how fast the machine ran, so a
 * replay at parallelism 1 is reproducible.
 */
public final class EveryEventWatermarks<T> implements WatermarkGenerator<T> {

    private final long outOfOrderness;
    private long maxTimestamp = Long.MIN_VALUE;
    private long emitted = Long.MIN_VALUE;

    public EveryEventWatermarks(Duration outOfOrderness) {
        this.outOfOrderness = outOfOrderness.toMillis();
    }

    @Override
    public void onEvent(T event, long eventTimestamp, WatermarkOutput output) {
        maxTimestamp = Math.max(maxTimestamp, eventTimestamp);
        long watermark = maxTimestamp - outOfOrderness - 1;
        if (watermark > emitted) {
            emitted = watermark;
            output.emitWatermark(new Watermark(watermark));
        }
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
        // every watermark was emitted with its event
    }
}
