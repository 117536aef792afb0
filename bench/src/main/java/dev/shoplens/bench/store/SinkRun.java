package dev.shoplens.bench.store;

import dev.shoplens.bench.harness.Stopwatch;
import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.jobs.FeatureJobSettings;
import dev.shoplens.jobs.sink.StoreSink;
import dev.shoplens.store.StoreSettings;
import dev.shoplens.store.write.ResultWriter;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.connector.sink2.SinkWriter;

/**
 * Drives the feature job's own sink writer by hand: the rows go through the same buffering, batching and upserts as
 * in the job, in the demo's batch size, without the rest of a Flink job around it.
 */
final class SinkRun {

    /** The demo's batch: what the sink writes at once while rows keep coming. */
    static final int BATCH = FeatureJobSettings.defaults().sinkBatch();

    private SinkRun() {}

    /** Rows a second of the customer-features sink into {@code store}, whose schema is already in place. */
    static double rowsPerSecond(StoreSettings store, List<CustomerFeatures> rows) throws Exception {
        // The delay is never reached: batches are cut by size, as under a steady stream.
        StoreSink<CustomerFeatures> sink =
                new StoreSink<>(store, ResultWriter::writeCustomerFeatures, BATCH, Duration.ofHours(1));
        Stopwatch watch = Stopwatch.start();
        // StoreSink ignores the init context, and its writer the per-row context: neither exists outside a job.
        try (SinkWriter<CustomerFeatures> writer = sink.createWriter(null)) {
            for (CustomerFeatures row : rows) {
                writer.write(row, null);
            }
            writer.flush(true);
        }
        return watch.rate(rows.size());
    }
}
