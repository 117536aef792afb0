package dev.shoplens.jobs.sink;

import dev.shoplens.activity.EventCount;
import dev.shoplens.activity.IngestProgress;
import dev.shoplens.audiences.AudienceChange;
import dev.shoplens.features.CustomerDay;
import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.features.ProductDay;
import dev.shoplens.forecast.DemandForecast;
import dev.shoplens.jobs.audiences.AudienceDefinitions;
import dev.shoplens.orders.OrderLineRow;
import dev.shoplens.orders.OrderRow;
import dev.shoplens.quality.RejectedEvent;
import dev.shoplens.scores.CustomerScore;
import dev.shoplens.scores.ModelVersionRow;
import dev.shoplens.scores.SegmentFlow;
import dev.shoplens.store.erasure.ErasedCustomers;
import org.apache.flink.api.connector.sink2.Sink;

/** Where each of the feature job's outputs goes. The job never knows which store is behind them. */
public interface JobSinks {

    Sink<CustomerFeatures> customerFeatures();

    /** Each customer's closed days. */
    Sink<CustomerDay> customerDays();

    Sink<ProductDay> productDays();

    Sink<OrderRow> orders();

    /** The lines of orders and returns. */
    Sink<OrderLineRow> orderLines();

    Sink<EventCount> eventCounts();

    Sink<RejectedEvent> rejected();

    Sink<IngestProgress> progress();

    Sink<DemandForecast> forecasts();

    Sink<ModelVersionRow> modelVersions();

    Sink<CustomerScore> customerScores();

    Sink<SegmentFlow> segmentFlows();

    /** Customers entering and leaving audiences. */
    Sink<AudienceChange> audienceChanges();

    /** The audiences' definitions, as managers saved them in the store behind these sinks. */
    default AudienceDefinitions audiences() {
        return AudienceDefinitions.NONE;
    }

    /** The customers erased from the store behind these sinks, whose events the job must anonymise. */
    default ErasedCustomers.Source erasedCustomers() {
        return ErasedCustomers.Source.NONE;
    }
}
