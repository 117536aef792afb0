package dev.shoplens.bench.store;

import dev.shoplens.bench.BenchSettings;
import dev.shoplens.bench.Suite;
import dev.shoplens.bench.data.SyntheticCustomers;
import dev.shoplens.bench.harness.Figure;
import dev.shoplens.bench.harness.Rounds;
import dev.shoplens.bench.harness.Scratch;
import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.store.StoreSettings;
import java.util.List;

/**
 * {@code sink_<engine>_throughput}: customer-feature rows a second through the job's sink into a fresh store,
 * against the engine's own bulk load of the same rows into another fresh store. Creating the schema is outside both
 * timings.
 */
public final class SinkThroughput<S extends StoreSettings> implements Suite {

    /** A database engine for the run: fresh stores on demand and its fastest bulk load. */
    interface Engine<S extends StoreSettings> extends AutoCloseable {

        /** An empty store with the schema in place. */
        S fresh(String name);

        double bulkLoadRowsPerSecond(S store, List<CustomerFeatures> rows) throws Exception;

        @Override
        void close();
    }

    /** Starts an engine in a scratch folder, or says why it cannot run here. */
    @FunctionalInterface
    interface Starter<S extends StoreSettings> {
        Engine<S> start(Scratch scratch) throws Skipped, Exception;
    }

    private final String engineName;
    private final String bulkLoad;
    private final Starter<S> starter;

    SinkThroughput(String engineName, String bulkLoad, Starter<S> starter) {
        this.engineName = engineName;
        this.bulkLoad = bulkLoad;
        this.starter = starter;
    }

    public static SinkThroughput<?> duckDb() {
        return new SinkThroughput<>("duckdb", "DuckDB's Appender", DuckDbBulkLoad::engine);
    }

    /** In this JVM; {@link ClickHouseSinkProcess} runs it in a JVM of its own. */
    static SinkThroughput<?> clickHouse() {
        return new SinkThroughput<>("clickhouse", "one bulk INSERT", ClickHouseBulkLoad::engine);
    }

    @Override
    public String title() {
        return engineName + " sink against " + bulkLoad;
    }

    @Override
    public List<Figure> run(BenchSettings settings) throws Exception {
        return List.of(measure(settings.sinkRows(), settings.rounds()));
    }

    Figure measure(int rowCount, Rounds rounds) throws Exception {
        List<CustomerFeatures> rows = SyntheticCustomers.features(rowCount, 7);
        int[] round = {0};
        try (Scratch scratch = Scratch.create(engineName + "-sink");
                Engine<S> engine = starter.start(scratch)) {
            return rounds.run(
                            () -> SinkRun.rowsPerSecond(engine.fresh("sink_" + ++round[0]), rows),
                            () -> engine.bulkLoadRowsPerSecond(engine.fresh("bulk_" + ++round[0]), rows))
                    .median("sink_" + engineName + "_throughput", "rows/s");
        }
    }
}
