package dev.shoplens.bench.flink;

import dev.shoplens.event.RawEvent;
import dev.shoplens.event.ShopEvent;
import dev.shoplens.jobs.FeatureJobSettings;
import dev.shoplens.jobs.ingest.AcceptedEvent;
import dev.shoplens.jobs.ingest.DecodeEvents;
import dev.shoplens.store.erasure.ErasedCustomers;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/**
 * The floor of any feature job, the second baseline: the job's own decoding and validation, then each event keyed
 * by its customer (a stock event by its product) and counted in keyed state. Whatever the feature job does beyond
 * this is what its features, models and forecasts cost.
 */
public final class DecodeKeyAndCount {

    private DecodeKeyAndCount() {}

    public static void addTo(
            StreamExecutionEnvironment env,
            Source<RawEvent, ?, ?> source,
            int sourceParallelism,
            FeatureJobSettings settings) {
        env.fromSource(source, WatermarkStrategy.noWatermarks(), "events")
                .setParallelism(sourceParallelism)
                .process(new DecodeEvents(settings.limits(), settings.clock(), ErasedCustomers.Source.NONE))
                .name("decode and validate")
                .keyBy(DecodeKeyAndCount::key)
                .process(new KeyAndCount.CountPerKey<String, AcceptedEvent>())
                .name("count per customer")
                .sinkTo(new DiscardingSink<>())
                .name("discard");
    }

    static String key(AcceptedEvent accepted) {
        ShopEvent event = accepted.event();
        if (event.customerId() != null) {
            return event.customerId();
        }
        return event.productId() != null ? event.productId() : event.eventId();
    }
}
