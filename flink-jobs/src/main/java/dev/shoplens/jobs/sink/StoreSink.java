package dev.shoplens.jobs.sink;

import dev.shoplens.store.StoreSettings;
import dev.shoplens.store.write.ErasureGuard;
import java.time.Duration;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * Writes rows into the result store in batches: when a batch is full, when it is older than {@code maxDelay}
 * (checked as rows arrive), at every checkpoint and at the end of the input.
 *
 * <p>Delivery: at least once. Rows buffered since the last checkpoint are written before the checkpoint
 * completes; after a failure Flink replays from that checkpoint and the rows are written again, which the store
 * turns into no change because every write is an upsert on the row's key.
 */
public final class StoreSink<T> implements Sink<T> {

    private final StoreSettings settings;
    private final StoreWrite<T> write;
    private final int maxBatch;
    private final Duration maxDelay;

    public StoreSink(StoreSettings settings, StoreWrite<T> write, int maxBatch, Duration maxDelay) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be at least 1, was " + maxBatch);
        }
        this.settings = settings;
        this.write = write;
        this.maxBatch = maxBatch;
        this.maxDelay = maxDelay;
    }

    @Override
    public SinkWriter<T> createWriter(WriterInitContext context) {
        // Every writer keeps erased customers out, whatever the job still holds of them.
        return new StoreSinkWriter<>(ErasureGuard.open(settings), write, maxBatch, maxDelay.toMillis());
    }
}
