package dev.shoplens.bench.flink;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.Boundedness;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.connector.source.SourceReader;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.api.connector.source.SourceSplit;
import org.apache.flink.api.connector.source.SplitEnumerator;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.core.io.SimpleVersionedSerializer;

/**
 * A source that notes when its first reader is created (the job's tasks are up and about to read), every record its
 * readers emit and the end of their input, in {@link SourceMarks}. The marks are kept in this JVM by the source's
 * name, since Flink runs a serialized copy of the source (in the in-process MiniCluster).
 */
public final class MarkedSource<T, S extends SourceSplit, E> implements Source<T, S, E>, ResultTypeQueryable<T> {

    private static final Map<String, SourceMarks> MARKS = new ConcurrentHashMap<>();

    private final String name;
    private final Source<T, S, E> source;

    public MarkedSource(String name, Source<T, S, E> source) {
        if (!(source instanceof ResultTypeQueryable<?>)) {
            throw new IllegalArgumentException("the source must declare its type, as Flink's own sources do");
        }
        this.name = name;
        this.source = source;
    }

    /** Flink cannot infer the type through the wrapper: the wrapped source's own declaration. */
    @Override
    @SuppressWarnings("unchecked")
    public TypeInformation<T> getProducedType() {
        return ((ResultTypeQueryable<T>) source).getProducedType();
    }

    /** New marks for the next run of {@code name}, which will emit {@code expected} records. */
    static SourceMarks reset(String name, long expected) {
        SourceMarks marks = new SourceMarks(expected);
        MARKS.put(name, marks);
        return marks;
    }

    @Override
    public SourceReader<T, S> createReader(SourceReaderContext context) throws Exception {
        SourceMarks marks = MARKS.get(name);
        if (marks == null) {
            throw new IllegalStateException("no run of the source " + name + " was announced");
        }
        marks.readerCreated();
        return new CountingReader<>(source.createReader(context), marks);
    }

    @Override
    public Boundedness getBoundedness() {
        return source.getBoundedness();
    }

    @Override
    public SplitEnumerator<S, E> createEnumerator(SplitEnumeratorContext<S> context) throws Exception {
        return source.createEnumerator(context);
    }

    @Override
    public SplitEnumerator<S, E> restoreEnumerator(SplitEnumeratorContext<S> context, E checkpoint) throws Exception {
        return source.restoreEnumerator(context, checkpoint);
    }

    @Override
    public SimpleVersionedSerializer<S> getSplitSerializer() {
        return source.getSplitSerializer();
    }

    @Override
    public SimpleVersionedSerializer<E> getEnumeratorCheckpointSerializer() {
        return source.getEnumeratorCheckpointSerializer();
    }
}
