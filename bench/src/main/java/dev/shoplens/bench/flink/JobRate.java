package dev.shoplens.bench.flink;

import dev.shoplens.event.RawEvent;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Runs a bounded job once on a fresh in-process cluster and returns its events a second, from the moment its source
 * starts reading to the job's end.
 *
 * @param name the job's name, also the name its source is marked by
 * @param parallelism the job's parallelism
 * @param source a new source for each round (a Kafka source needs a new consumer group)
 * @param graph adds the job's graph, reading from the marked source, to the environment
 */
public record JobRate(
        String name,
        int parallelism,
        Supplier<Source<RawEvent, ?, ?>> source,
        BiConsumer<StreamExecutionEnvironment, Source<RawEvent, ?, ?>> graph) {

    public double eventsPerSecond(long events) throws Exception {
        MarkedSource.reset(name);
        StreamExecutionEnvironment env = BenchFlink.environment(parallelism);
        graph.accept(env, new MarkedSource<>(name, source.get()));
        env.execute("bench-" + name);
        double seconds = (System.nanoTime() - MarkedSource.firstReaderNanos(name)) / 1e9;
        return events / seconds;
    }
}
