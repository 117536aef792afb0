package dev.shoplens.store.write;

import dev.shoplens.activity.EventCount;
import dev.shoplens.activity.IngestProgress;
import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.features.ProductDay;
import dev.shoplens.forecast.DemandForecast;
import dev.shoplens.orders.OrderRow;
import dev.shoplens.quality.RejectedEvent;
import dev.shoplens.scores.CustomerScore;
import dev.shoplens.scores.ModelVersionRow;
import dev.shoplens.scores.SegmentFlow;
import java.util.List;

/**
 * Writes batches of results. Every write is an upsert on the row's key, so writing the same rows again (a replay
 * after a failure) leaves the store as it was. Within one batch the last row for a key wins.
 */
public interface ResultWriter extends AutoCloseable {

    void writeCustomerFeatures(List<CustomerFeatures> rows);

    void writeProductDays(List<ProductDay> rows);

    void writeOrders(List<OrderRow> rows);

    void writeEventCounts(List<EventCount> rows);

    void writeRejected(List<RejectedEvent> rows);

    void writeIngestProgress(List<IngestProgress> rows);

    /**
     * The newest forecast of each series, with its days. A store that keeps no forecasts yet refuses them, so a job
     * that forecasts into it fails at once rather than losing them.
     */
    default void writeForecasts(List<DemandForecast> rows) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " does not store forecasts yet");
    }

    /** Model versions, keyed by kind and version: a version's row is written again when it is tested or retired. */
    default void writeModelVersions(List<ModelVersionRow> rows) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " does not store models yet");
    }

    /** Each customer's newest scores. */
    default void writeCustomerScores(List<CustomerScore> rows) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " does not store scores yet");
    }

    /** Customers moving between segments, per day. */
    default void writeSegmentFlows(List<SegmentFlow> rows) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " does not store segments yet");
    }

    @Override
    void close();
}
