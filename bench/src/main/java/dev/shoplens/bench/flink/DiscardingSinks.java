package dev.shoplens.bench.flink;

import dev.shoplens.activity.EventCount;
import dev.shoplens.activity.IngestProgress;
import dev.shoplens.audiences.AudienceChange;
import dev.shoplens.features.CustomerDay;
import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.features.ProductDay;
import dev.shoplens.forecast.DemandForecast;
import dev.shoplens.jobs.sink.JobSinks;
import dev.shoplens.orders.OrderLineRow;
import dev.shoplens.orders.OrderRow;
import dev.shoplens.quality.RejectedEvent;
import dev.shoplens.scores.CustomerScore;
import dev.shoplens.scores.ModelVersionRow;
import dev.shoplens.scores.SegmentFlow;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/** Every output of the feature job dropped: what is left to measure is the job's own work. */
public final class DiscardingSinks implements JobSinks {

    @Override
    public Sink<CustomerFeatures> customerFeatures() {
        return new DiscardingSink<>();
    }

    @Override
    public Sink<CustomerDay> customerDays() {
        return new DiscardingSink<>();
    }

    @Override
    public Sink<ProductDay> productDays() {
        return new DiscardingSink<>();
    }

    @Override
    public Sink<OrderRow> orders() {
        return new DiscardingSink<>();
    }

    @Override
    public Sink<OrderLineRow> orderLines() {
        return new DiscardingSink<>();
    }

    @Override
    public Sink<EventCount> eventCounts() {
        return new DiscardingSink<>();
    }

    @Override
    public Sink<RejectedEvent> rejected() {
        return new DiscardingSink<>();
    }

    @Override
    public Sink<IngestProgress> progress() {
        return new DiscardingSink<>();
    }

    @Override
    public Sink<DemandForecast> forecasts() {
        return new DiscardingSink<>();
    }

    @Override
    public Sink<ModelVersionRow> modelVersions() {
        return new DiscardingSink<>();
    }

    @Override
    public Sink<CustomerScore> customerScores() {
        return new DiscardingSink<>();
    }

    @Override
    public Sink<SegmentFlow> segmentFlows() {
        return new DiscardingSink<>();
    }

    @Override
    public Sink<AudienceChange> audienceChanges() {
        return new DiscardingSink<>();
    }
}
