package dev.shoplens.jobs.audiences;

import dev.shoplens.audiences.Audience;
import dev.shoplens.audiences.AudienceChange;
import dev.shoplens.audiences.AudienceFacts;
import dev.shoplens.event.ShopEvent;
import dev.shoplens.jobs.customers.ByCustomer;
import dev.shoplens.store.erasure.ErasedCustomers;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.util.Collector;

/**
 * The audiences in the job: the definitions managers saved, read from the store every {@link #POLL} while the job
 * runs (once, for a bounded replay), broadcast to {@link AudienceMembership}, which takes each customer's facts as
 * scoring makes them, and the categories of each purchase as it comes, and sends each change to {@code sink}.
 */
public final class Audiences {

    /**
     * The definitions' watermark while their source runs: as late as can be short of the end of time, so that the
     * membership's timers follow the customers' event time alone, and a membership watermark this late means the
     * customers' input has ended.
     */
    static final long DEFINITIONS_WATERMARK = Long.MAX_VALUE - 1;

    /** How soon a saved definition reaches a running job. */
    public static final Duration POLL = Duration.ofSeconds(5);

    private Audiences() {}

    /**
     * @param facts scoring's facts of each customer, partitioned by customer as scoring's output is
     * @param events the de-duplicated events, partitioned by customer as de-duplication leaves them: their purchases
     *     tell which categories each customer bought from
     * @param live whether the job runs on (poll the definitions) or replays a bounded input (read them once)
     * @param topic where the changes are also published (production); null: the store alone
     */
    public static void addTo(
            DataStream<AudienceFacts> facts,
            DataStream<ShopEvent> events,
            AudienceDefinitions definitions,
            boolean live,
            Sink<AudienceChange> sink,
            AudienceTopic topic,
            Duration retention,
            ErasedCustomers.Source erased) {
        DataGeneratorSource<Audience[]> source = new DataGeneratorSource<>(
                new DefinitionPoller(definitions),
                live ? Long.MAX_VALUE : 1,
                live ? RateLimiterStrategy.perSecond(1.0 / POLL.toSeconds()) : RateLimiterStrategy.noOp(),
                TypeInformation.of(Audience[].class));
        DataStream<Audience> audiences = facts.getExecutionEnvironment()
                .fromSource(source, WatermarkStrategy.forGenerator(ctx -> new NeverHoldsBack()), "audience definitions")
                .setParallelism(1)
                .uid("audience-definitions")
                .flatMap((Audience[] all, Collector<Audience> out) -> {
                    for (Audience a : all) {
                        out.collect(a);
                    }
                })
                .returns(Audience.class)
                .setParallelism(1)
                .name("each audience")
                .uid("each-audience");
        DataStream<MembershipInput> scored = facts.map(MembershipInput::of)
                .returns(MembershipInput.class)
                .name("audience facts")
                .uid("audience-facts");
        DataStream<MembershipInput> bought = events.filter(MembershipInput::namesCategories)
                .name("purchases naming categories")
                .uid("purchases-naming-categories")
                .map(MembershipInput::boughtIn)
                .returns(MembershipInput.class)
                .name("categories bought")
                .uid("categories-bought");
        // Both are partitioned by customer already (a forward edge each), so their union is too.
        SingleOutputStreamOperator<AudienceChange> changes = ByCustomer.asPartitioned(
                        scored.union(bought), (MembershipInput in) -> in.customerId)
                .connect(audiences.broadcast(AudienceMembership.DEFINITIONS))
                .process(new AudienceMembership(retention, erased))
                .name("audience membership")
                .uid("audience-membership");
        changes.sinkTo(sink)
                .name("store audience changes")
                .uid("store-audience-changes")
                .setParallelism(1);
        if (topic != null) {
            changes.sinkTo(topic.sink()).name("publish audience changes").uid("publish-audience-changes");
        }
    }

    /**
     * The definitions carry no event time: their watermark is as late as can be, so that the membership's clean-up
     * timers follow the customers' event time alone.
     */
    static final class NeverHoldsBack implements WatermarkGenerator<Audience[]> {
        @Override
        public void onEvent(Audience[] event, long eventTimestamp, WatermarkOutput output) {}

        @Override
        public void onPeriodicEmit(WatermarkOutput output) {
            output.emitWatermark(new Watermark(DEFINITIONS_WATERMARK));
        }
    }
}
