package dev.shoplens.store.write;

import dev.shoplens.activity.EventCount;
import dev.shoplens.activity.IngestProgress;
import dev.shoplens.audiences.AudienceChange;
import dev.shoplens.features.CustomerDay;
import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.features.ProductDay;
import dev.shoplens.forecast.DemandForecast;
import dev.shoplens.orders.OrderLineRow;
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

    /**
     * Upserts {@code rows} into {@code table}: the one thing each store implements. The typed methods below say
     * which table each kind of row goes to, the same for every store.
     */
    <T> void write(Table<T> table, List<T> rows);

    default void writeCustomerFeatures(List<CustomerFeatures> rows) {
        write(Tables.CUSTOMER_FEATURES, rows);
    }

    /** Each customer's closed days: views, cart adds, orders, spend and returns. */
    default void writeCustomerDays(List<CustomerDay> rows) {
        write(ActivityTables.CUSTOMER_DAILY, rows);
    }

    default void writeProductDays(List<ProductDay> rows) {
        write(Tables.PRODUCT_DAILY, rows);
    }

    /** Orders and returns, then the Cohorts page's summary of the customers they name. */
    default void writeOrders(List<OrderRow> rows) {
        write(Tables.ORDERS, rows);
        List<String> customers = CustomerMonths.customers(rows);
        if (!customers.isEmpty()) {
            refreshCustomerMonths(customers);
        }
    }

    /** The lines of orders and returns: what is bought together. */
    default void writeOrderLines(List<OrderLineRow> rows) {
        write(OrderLineTables.ORDER_LINES, rows);
    }

    /**
     * Recomputes every month of {@code customerIds} in {@code customer_months} from the stored orders
     * ({@link CustomerMonths}): the other thing each store implements, as each engine upserts from a query its own way.
     */
    void refreshCustomerMonths(List<String> customerIds);

    default void writeEventCounts(List<EventCount> rows) {
        write(Tables.EVENT_COUNTS, rows);
    }

    default void writeRejected(List<RejectedEvent> rows) {
        write(Tables.REJECTED_EVENTS, rows);
    }

    default void writeIngestProgress(List<IngestProgress> rows) {
        write(Tables.INGEST_PROGRESS, rows);
    }

    /**
     * The newest forecast of each series, with its days. The days go first: a reader that sees a changed header can
     * rely on its days being there (readers keep the days while the headers are unchanged).
     */
    default void writeForecasts(List<DemandForecast> rows) {
        List<DemandForecast> newest = ForecastTables.newest(rows);
        write(ForecastTables.DEMAND_FORECAST_DAYS, ForecastTables.days(newest));
        write(ForecastTables.DEMAND_FORECASTS, newest);
    }

    /** Model versions, keyed by kind and version: a version's row is written again when it is tested or retired. */
    default void writeModelVersions(List<ModelVersionRow> rows) {
        write(ModelTables.MODEL_VERSIONS, rows);
    }

    /** Each customer's newest scores. */
    default void writeCustomerScores(List<CustomerScore> rows) {
        write(ModelTables.CUSTOMER_SCORES, rows);
    }

    /** Customers moving between segments, per day. */
    default void writeSegmentFlows(List<SegmentFlow> rows) {
        write(ModelTables.SEGMENT_FLOWS, rows);
    }

    /** Customers entering and leaving audiences. */
    default void writeAudienceChanges(List<AudienceChange> rows) {
        write(AudienceTables.AUDIENCE_CHANGES, rows);
    }

    @Override
    void close();
}
