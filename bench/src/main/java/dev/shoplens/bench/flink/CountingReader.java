package dev.shoplens.bench.flink;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.connector.source.ReaderOutput;
import org.apache.flink.api.connector.source.SourceEvent;
import org.apache.flink.api.connector.source.SourceOutput;
import org.apache.flink.api.connector.source.SourceReader;
import org.apache.flink.api.connector.source.SourceSplit;
import org.apache.flink.core.io.InputStatus;

/** A source reader that tells {@link SourceMarks} of every record it emits, and of the end of its input. */
final class CountingReader<T, S extends SourceSplit> implements SourceReader<T, S> {

    private final SourceReader<T, S> reader;
    private final SourceMarks marks;
    private ReaderOutput<T> wrapped;
    private CountingOutput<T> counting;

    CountingReader(SourceReader<T, S> reader, SourceMarks marks) {
        this.reader = reader;
        this.marks = marks;
    }

    @Override
    public void start() {
        reader.start();
    }

    @Override
    public InputStatus pollNext(ReaderOutput<T> output) throws Exception {
        if (output != wrapped) {
            // Flink hands the same output on every poll: one wrapper, not one per record.
            wrapped = output;
            counting = new CountingOutput<>(output, marks);
        }
        InputStatus status = reader.pollNext(counting);
        if (status == InputStatus.END_OF_INPUT) {
            marks.endOfInput();
        }
        return status;
    }

    @Override
    public List<S> snapshotState(long checkpointId) {
        return reader.snapshotState(checkpointId);
    }

    @Override
    public CompletableFuture<Void> isAvailable() {
        return reader.isAvailable();
    }

    @Override
    public void addSplits(List<S> splits) {
        reader.addSplits(splits);
    }

    @Override
    public void notifyNoMoreSplits() {
        reader.notifyNoMoreSplits();
    }

    @Override
    public void handleSourceEvents(SourceEvent sourceEvent) {
        reader.handleSourceEvents(sourceEvent);
    }

    @Override
    public void pauseOrResumeSplits(Collection<String> splitsToPause, Collection<String> splitsToResume) {
        reader.pauseOrResumeSplits(splitsToPause, splitsToResume);
    }

    @Override
    public void notifyCheckpointComplete(long checkpointId) throws Exception {
        reader.notifyCheckpointComplete(checkpointId);
    }

    @Override
    public void notifyCheckpointAborted(long checkpointId) throws Exception {
        reader.notifyCheckpointAborted(checkpointId);
    }

    @Override
    public void close() throws Exception {
        reader.close();
    }

    /** Counts what goes out, whether through the reader's output or a split's own (Kafka's partitions). */
    private static class CountingSourceOutput<T> implements SourceOutput<T> {

        private final SourceOutput<T> out;
        final SourceMarks marks;

        CountingSourceOutput(SourceOutput<T> out, SourceMarks marks) {
            this.out = out;
            this.marks = marks;
        }

        @Override
        public void collect(T record) {
            marks.emitted();
            out.collect(record);
        }

        @Override
        public void collect(T record, long timestamp) {
            marks.emitted();
            out.collect(record, timestamp);
        }

        @Override
        public void emitWatermark(Watermark watermark) {
            out.emitWatermark(watermark);
        }

        @Override
        public void markIdle() {
            out.markIdle();
        }

        @Override
        public void markActive() {
            out.markActive();
        }
    }

    private static final class CountingOutput<T> extends CountingSourceOutput<T> implements ReaderOutput<T> {

        private final ReaderOutput<T> output;
        private final Map<String, SourceOutput<T>> splits = new HashMap<>();

        CountingOutput(ReaderOutput<T> output, SourceMarks marks) {
            super(output, marks);
            this.output = output;
        }

        @Override
        public SourceOutput<T> createOutputForSplit(String splitId) {
            return splits.computeIfAbsent(
                    splitId, id -> new CountingSourceOutput<>(output.createOutputForSplit(id), marks));
        }

        @Override
        public void releaseOutputForSplit(String splitId) {
            splits.remove(splitId);
            output.releaseOutputForSplit(splitId);
        }
    }
}
