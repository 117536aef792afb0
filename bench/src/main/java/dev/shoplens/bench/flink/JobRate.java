package dev.shoplens.bench.flink;

import dev.shoplens.event.RawEvent;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Runs a bounded job once on a fresh in-process cluster and measures it at its source (see {@link SourceMarks}).
 *
 * @param name the job's name, also the name its source is marked by
 * @param environment a fresh environment for each round (parallelism, state backend, checkpoints)
 * @param source a new source for each round (a Kafka source needs a new consumer group)
 * @param graph adds the job's graph, reading from the marked source, to the environment
 */
public record JobRate(
        String name,
        Supplier<StreamExecutionEnvironment> environment,
        Supplier<Source<RawEvent, ?, ?>> source,
        BiConsumer<StreamExecutionEnvironment, Source<RawEvent, ?, ?>> graph) {

    /** A job on the heap state backend without checkpoints at {@code parallelism}. */
    public JobRate(
            String name,
            int parallelism,
            Supplier<Source<RawEvent, ?, ?>> source,
            BiConsumer<StreamExecutionEnvironment, Source<RawEvent, ?, ?>> graph) {
        this(name, () -> BenchFlink.environment(parallelism), source, graph);
    }

    /**
     * One round's figures.
     *
     * @param steadyPerSecond events a second while events flowed (between a tenth and nine tenths of them)
     * @param wholePerSecond events a second from the source's start to the job's end, drain included
     * @param drainSeconds from the source's last event to the job's end: the work the end of input sets off
     * @param readingSeconds from the source's start to its last event
     */
    public record Run(double steadyPerSecond, double wholePerSecond, double drainSeconds, double readingSeconds) {}

    public Run run(long events) throws Exception {
        SourceMarks marks = MarkedSource.reset(name, events);
        StreamExecutionEnvironment env = environment.get();
        graph.accept(env, new MarkedSource<>(name, source.get()));
        env.execute("bench-" + name);
        return marks.run(System.nanoTime());
    }

    /** The steady rate of one round. */
    public double eventsPerSecond(long events) throws Exception {
        return run(events).steadyPerSecond();
    }
}
