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
import dev.shoplens.store.StoreSettings;
import dev.shoplens.store.erasure.ErasedCustomers;
import dev.shoplens.store.write.ResultWriter;
import java.time.Duration;
import org.apache.flink.api.connector.sink2.Sink;

/** Every output of the feature job into one result store. */
public record StoreSinks(StoreSettings store, int batch, Duration maxDelay) implements JobSinks {

    @Override
    public Sink<CustomerFeatures> customerFeatures() {
        return sink(ResultWriter::writeCustomerFeatures);
    }

    @Override
    public Sink<CustomerDay> customerDays() {
        return sink(ResultWriter::writeCustomerDays);
    }

    @Override
    public Sink<ProductDay> productDays() {
        return sink(ResultWriter::writeProductDays);
    }

    @Override
    public Sink<OrderRow> orders() {
        return sink(ResultWriter::writeOrders);
    }

    @Override
    public Sink<OrderLineRow> orderLines() {
        return sink(ResultWriter::writeOrderLines);
    }

    @Override
    public Sink<EventCount> eventCounts() {
        return sink(ResultWriter::writeEventCounts);
    }

    @Override
    public Sink<RejectedEvent> rejected() {
        return sink(ResultWriter::writeRejected);
    }

    @Override
    public Sink<IngestProgress> progress() {
        return sink(ResultWriter::writeIngestProgress);
    }

    @Override
    public Sink<DemandForecast> forecasts() {
        return sink(ResultWriter::writeForecasts);
    }

    @Override
    public Sink<ModelVersionRow> modelVersions() {
        return sink(ResultWriter::writeModelVersions);
    }

    @Override
    public Sink<CustomerScore> customerScores() {
        return sink(ResultWriter::writeCustomerScores);
    }

    @Override
    public Sink<SegmentFlow> segmentFlows() {
        return sink(ResultWriter::writeSegmentFlows);
    }

    @Override
    public Sink<AudienceChange> audienceChanges() {
        return sink(ResultWriter::writeAudienceChanges);
    }

    @Override
    public AudienceDefinitions audiences() {
        return AudienceDefinitions.of(store);
    }

    private <T> Sink<T> sink(StoreWrite<T> write) {
        return new StoreSink<>(store, write, batch, maxDelay);
    }

    @Override
    public ErasedCustomers.Source erasedCustomers() {
        return ErasedCustomers.Source.of(store);
    }
}
