package dev.shoplens.jobs;

import dev.shoplens.event.RawEvent;
import dev.shoplens.event.ShopEvent;
import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.features.ProductDay;
import dev.shoplens.jobs.activity.CountEvents;
import dev.shoplens.jobs.activity.EventMark;
import dev.shoplens.jobs.activity.ToEventCount;
import dev.shoplens.jobs.audiences.AudienceTopic;
import dev.shoplens.jobs.audiences.Audiences;
import dev.shoplens.jobs.combine.CombinePerWatermark;
import dev.shoplens.jobs.customers.ByCustomer;
import dev.shoplens.jobs.customers.CustomerActivity;
import dev.shoplens.jobs.customers.CustomerDayFunction;
import dev.shoplens.jobs.customers.CustomerHistory;
import dev.shoplens.jobs.forecast.DemandForecasts;
import dev.shoplens.jobs.forecast.ForecastSettings;
import dev.shoplens.jobs.ingest.AcceptedEvent;
import dev.shoplens.jobs.ingest.DecodeEvents;
import dev.shoplens.jobs.ingest.DeduplicateEvents;
import dev.shoplens.jobs.ingest.EveryEventWatermarks;
import dev.shoplens.jobs.ingest.PeekedEventTime;
import dev.shoplens.jobs.ingest.Rejections;
import dev.shoplens.jobs.models.CustomerModels;
import dev.shoplens.jobs.models.ModelSettings;
import dev.shoplens.jobs.models.ScoreCustomers;
import dev.shoplens.jobs.models.ScoringInput;
import dev.shoplens.jobs.products.ProductActivity;
import dev.shoplens.jobs.products.ProductDayFunction;
import dev.shoplens.jobs.sink.JobSinks;
import dev.shoplens.jobs.types.JobTypes;
import dev.shoplens.orders.OrderLineRow;
import dev.shoplens.orders.OrderRow;
import dev.shoplens.scores.ModelVersionRow;
import dev.shoplens.store.write.Tables;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;
import org.apache.flink.util.Collector;

/**
 * The feature job: raw events in; validated, de-duplicated events out to customer features, customer days, product
 * days, orders, per-minute counts, rejected events and ingest progress. It takes its source and sinks as parameters:
 * the demo plugs in the simulated shop and DuckDB, an import plugs in files, tests plug in their own.
 */
public final class FeatureJob {

    public static final String NAME = "shoplens-features";

    private final Source<RawEvent, ?, ?> source;
    private final int sourceParallelism;
    private final JobSinks sinks;
    private final FeatureJobSettings settings;
    private final ModelSettings models;
    private final boolean serves;
    private final boolean followsAudiences;
    private final AudienceTopic audienceTopic;
    private final boolean finalForecastsOnly;

    public FeatureJob(
            Source<RawEvent, ?, ?> source, int sourceParallelism, JobSinks sinks, FeatureJobSettings settings) {
        this(source, sourceParallelism, sinks, settings, ModelSettings.defaults());
    }

    /** The job with its own model settings (a backtest's horizons, a bounded replay's data end). */
    public FeatureJob(
            Source<RawEvent, ?, ?> source,
            int sourceParallelism,
            JobSinks sinks,
            FeatureJobSettings settings,
            ModelSettings models) {
        this(source, sourceParallelism, sinks, settings, models, true, false, null, false);
    }

    private FeatureJob(
            Source<RawEvent, ?, ?> source,
            int sourceParallelism,
            JobSinks sinks,
            FeatureJobSettings settings,
            ModelSettings models,
            boolean serves,
            boolean followsAudiences,
            AudienceTopic audienceTopic,
            boolean finalForecastsOnly) {
        this.source = source;
        this.sourceParallelism = sourceParallelism;
        this.sinks = sinks;
        this.settings = settings;
        this.models = models;
        this.serves = serves;
        this.followsAudiences = followsAudiences;
        this.audienceTopic = audienceTopic;
        this.finalForecastsOnly = finalForecastsOnly;
    }

    /**
     * The job as a backtest's calibration runs it: it keeps the history and trains the models as always, but
     * neither scores customers nor forecasts demand. The backtest scores the customers and forecasts the products
     * itself at its cut-off, from the versions and days the job stored; scoring every customer at every midnight
     * and at every new version, and writing those scores, was most of a large shop's backtest.
     */
    public FeatureJob calibrationOnly() {
        return new FeatureJob(source, sourceParallelism, sinks, settings, models, false, false, null, false);
    }

    /**
     * The job as an import runs it: a bounded replay of history whose store is read once it has ended. Each demand
     * series' forecast is made once, when the input ends or the series goes idle, not at every day it closes: the
     * store keeps the newest forecast of a series, and ends with the same ones. Everything else is as live.
     */
    public FeatureJob importing() {
        return new FeatureJob(
                source, sourceParallelism, sinks, settings, models, serves, followsAudiences, audienceTopic, true);
    }

    /**
     * The job as it runs for a live shop (the demo, production): it reads the audiences' definitions again every
     * {@link Audiences#POLL}, so that a definition saved while it runs is applied at once. Without it the job reads
     * them once, at its start: a bounded replay (an import, a test) then ends when its input does.
     */
    public FeatureJob followingAudiences() {
        return new FeatureJob(
                source, sourceParallelism, sinks, settings, models, serves, true, audienceTopic, finalForecastsOnly);
    }

    /** The job that also publishes every audience membership change to {@code topic} (production). */
    public FeatureJob publishingAudienceChangesTo(AudienceTopic topic) {
        return new FeatureJob(
                source,
                sourceParallelism,
                sinks,
                settings,
                models,
                serves,
                followsAudiences,
                topic,
                finalForecastsOnly);
    }

    /** Applies the job's checkpointing and parallelism to {@code env} and adds the job's graph to it. */
    public void addTo(StreamExecutionEnvironment env) {
        env.setParallelism(settings.parallelism());
        env.getConfig().enableObjectReuse();
        JobTypes.configure(env);
        if (settings.checkpointInterval() != null) {
            env.enableCheckpointing(settings.checkpointInterval().toMillis());
        }
        SingleOutputStreamOperator<AcceptedEvent> decoded = decode(env);
        SingleOutputStreamOperator<ShopEvent> events = deduplicate(decoded);
        SingleOutputStreamOperator<ScoringInput> timelines = CustomerModels.timelines(
                ByCustomer.asPartitioned(
                        events.filter(CustomerHistory::concernsCustomer)
                                .name("customer events")
                                .uid("customer-events"),
                        ShopEvent::customerId),
                models,
                sinks.erasedCustomers(),
                serves);
        DataStream<ScoringInput> changes = CustomerModels.newestPerWatermark(timelines);
        writeCustomerFeatures(changes);
        writeCustomerDays(events);
        DataStream<ModelVersionRow> versions = CustomerModels.train(timelines, sinks, models);
        DataStream<ProductDay> productDays = writeProductDays(events);
        if (serves) {
            Audiences.addTo(
                    CustomerModels.score(changes, versions, sinks, models).getSideOutput(ScoreCustomers.FACTS),
                    events,
                    sinks.audiences(),
                    followsAudiences,
                    sinks.audienceChanges(),
                    audienceTopic,
                    models.retention(),
                    sinks.erasedCustomers());
            DemandForecasts.addTo(productDays, sinks.forecasts(), forecastSettings());
        }
        writeOrders(events);
        writeEventCounts(events);
        decoded.getSideOutput(Rejections.REJECTED)
                .union(events.getSideOutput(Rejections.REJECTED))
                .sinkTo(sinks.rejected())
                .name("rejected events")
                .uid("rejected-events")
                .setParallelism(1);
        decoded.getSideOutput(Rejections.PROGRESS)
                .sinkTo(sinks.progress())
                .name("ingest progress")
                .uid("ingest-progress")
                .setParallelism(1);
    }

    private ForecastSettings forecastSettings() {
        ForecastSettings forecasts = new ForecastSettings(settings.allowedLateness(), settings.forecastIdleDays())
                .withDataEnd(models.dataEnd());
        // An import without a single dated event has no end to forecast at: it forecasts as it goes (nothing).
        return finalForecastsOnly && models.dataEnd() != null ? forecasts.finalForecastsOnly() : forecasts;
    }

    private SingleOutputStreamOperator<AcceptedEvent> decode(StreamExecutionEnvironment env) {
        // Watermarks are made where events enter, so a Kafka source keeps one per partition and an idle partition
        // does not hold the others back.
        Duration outOfOrderness = settings.outOfOrderness();
        WatermarkStrategy<RawEvent> watermarks = (settings.watermarkEveryEvent()
                        ? WatermarkStrategy.<RawEvent>forGenerator(ctx -> new EveryEventWatermarks<>(outOfOrderness))
                        : WatermarkStrategy.<RawEvent>forBoundedOutOfOrderness(outOfOrderness))
                .withTimestampAssigner(new PeekedEventTime(settings.clock(), settings.limits()))
                .withIdleness(settings.sourceIdleness());
        return env.fromSource(source, watermarks, "events")
                .setParallelism(sourceParallelism)
                .uid("source")
                .process(new DecodeEvents(
                        settings.limits(), settings.clock(), sinks.erasedCustomers(), settings.pseudonyms()))
                .name("decode and validate")
                .uid("decode");
    }

    private SingleOutputStreamOperator<ShopEvent> deduplicate(DataStream<AcceptedEvent> decoded) {
        return decoded.keyBy(DeduplicateEvents::keyOf)
                .process(new DeduplicateEvents(settings.allowedLateness()))
                .name("de-duplicate, reject late")
                .uid("dedup");
    }

    /**
     * A customer's newest features, from the one operator that keeps their history (the models' timeline): the
     * features are worked out there, not again in an operator of their own.
     */
    private void writeCustomerFeatures(DataStream<ScoringInput> timelines) {
        SingleOutputStreamOperator<CustomerFeatures> features = timelines
                .filter(ScoringInput::afterEvent)
                .name("features after an event")
                .uid("features-after-an-event")
                .map(ScoringInput::features)
                .returns(CustomerFeatures.class)
                .name("customer features")
                .uid("customer-features");
        CombinePerWatermark.newestPerKey(features, row -> Tables.CUSTOMER_FEATURES.keyOf(row))
                .name("newest customer features")
                .uid("newest-customer-features")
                .sinkTo(sinks.customerFeatures())
                .name("store customer features")
                .uid("store-customer-features")
                .setParallelism(1);
    }

    private void writeCustomerDays(DataStream<ShopEvent> events) {
        ByCustomer.asPartitioned(
                        events.filter(CustomerActivity::counts)
                                .name("customer activity")
                                .uid("customer-activity")
                                .map(CustomerActivity::of)
                                .returns(CustomerActivity.class)
                                .name("customer activity rows")
                                .uid("customer-activity-rows"),
                        CustomerActivity::customerId)
                .process(new CustomerDayFunction(settings.allowedLateness(), sinks.erasedCustomers()))
                .name("customer days")
                .uid("customer-days")
                .sinkTo(sinks.customerDays())
                .name("store customer days")
                .uid("store-customer-days")
                .setParallelism(1);
    }

    /** Stores each product's days; returns them, newest per watermark, for the forecasts. */
    private DataStream<ProductDay> writeProductDays(DataStream<ShopEvent> events) {
        SingleOutputStreamOperator<ProductDay> productDays = events.<ProductActivity>flatMap(
                        (event, out) -> ProductActivity.of(event).forEach(out::collect))
                .returns(TypeInformation.of(ProductActivity.class))
                .name("product activity")
                .uid("product-activity")
                .keyBy(ProductActivity::productId)
                .process(new ProductDayFunction(settings.allowedLateness()))
                .name("product days")
                .uid("product-days");
        // A day's row is its running total: the forecasts, like the store, need only the newest of a watermark.
        productDays = CombinePerWatermark.newestPerKey(productDays, row -> Tables.PRODUCT_DAILY.keyOf(row))
                .name("newest product days")
                .uid("newest-product-days");
        productDays
                .sinkTo(sinks.productDays())
                .name("store product days")
                .uid("store-product-days")
                .setParallelism(1);
        return productDays;
    }

    private void writeOrders(DataStream<ShopEvent> events) {
        SingleOutputStreamOperator<ShopEvent> orders =
                events.filter(e -> e.type().isOrderEvent()).name("orders").uid("orders");
        orders.map(OrderRow::of)
                .name("order rows")
                .uid("order-rows")
                .sinkTo(sinks.orders())
                .name("store orders")
                .uid("store-orders")
                .setParallelism(1);
        orders.flatMap((ShopEvent order, Collector<OrderLineRow> out) ->
                        OrderLineRow.of(order).forEach(out::collect))
                .returns(OrderLineRow.class)
                .name("order lines")
                .uid("order-lines")
                .sinkTo(sinks.orderLines())
                .name("store order lines")
                .uid("store-order-lines")
                .setParallelism(1);
    }

    private void writeEventCounts(DataStream<ShopEvent> events) {
        SingleOutputStreamOperator<EventMark> marks = events.map(EventMark::of)
                .returns(EventMark.class)
                .name("event marks")
                .uid("event-marks");
        CombinePerWatermark.combinePerKey(marks, EventMark::key, EventMark::plus)
                .name("event marks per minute")
                .uid("event-marks-per-minute")
                .keyBy(EventMark::type)
                .window(TumblingEventTimeWindows.of(Duration.ofMinutes(1)))
                .allowedLateness(settings.allowedLateness())
                .aggregate(new CountEvents(), new ToEventCount())
                .name("events per minute")
                .uid("event-counts")
                .sinkTo(sinks.eventCounts())
                .name("store event counts")
                .uid("store-event-counts")
                .setParallelism(1);
    }
}
