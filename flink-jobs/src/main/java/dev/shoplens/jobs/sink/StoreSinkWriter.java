package dev.shoplens.jobs.sink;

import dev.shoplens.store.write.ResultWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.connector.sink2.SinkWriter;

/** The buffering writer of a {@link StoreSink}: one per sink instance, with its own store connection. */
final class StoreSinkWriter<T> implements SinkWriter<T> {

    private final ResultWriter writer;
    private final StoreWrite<T> write;
    private final int maxBatch;
    private final long maxDelayMillis;
    private final List<T> buffer = new ArrayList<>();
    private long oldestBufferedAt;

    StoreSinkWriter(ResultWriter writer, StoreWrite<T> write, int maxBatch, long maxDelayMillis) {
        this.writer = writer;
        this.write = write;
        this.maxBatch = maxBatch;
        this.maxDelayMillis = maxDelayMillis;
    }

    @Override
    public void write(T row, Context context) {
        if (buffer.isEmpty()) {
            oldestBufferedAt = System.currentTimeMillis();
        }
        buffer.add(row);
        if (buffer.size() >= maxBatch || System.currentTimeMillis() - oldestBufferedAt >= maxDelayMillis) {
            flushBuffer();
        }
    }

    @Override
    public void flush(boolean endOfInput) {
        flushBuffer();
    }

    private void flushBuffer() {
        if (!buffer.isEmpty()) {
            write.write(writer, List.copyOf(buffer));
            buffer.clear();
        }
    }

    @Override
    public void close() {
        writer.close();
    }
}
