package dev.shoplens.jobs.models;

import dev.shoplens.event.ShopEvent;
import dev.shoplens.jobs.combine.CombinePerWatermark;
import dev.shoplens.jobs.customers.ByCustomer;
import dev.shoplens.jobs.sink.JobSinks;
import dev.shoplens.scores.CustomerScore;
import dev.shoplens.scores.ModelVersionRow;
import dev.shoplens.store.erasure.ErasedCustomers;
import java.time.Duration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.KeyedStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;

/**
 * The customer models' part of the job: customer events become daily snapshots and, once their horizons have
 * passed in event time, labelled examples; one trainer per kind turns them into versions (test-then-train, every
 * version into the registry); serving versions reach scoring as broadcast state; every customer is scored when
 * their features change or a new version serves; midnight scores give the segment flows.
 */
public final class CustomerModels {

    private CustomerModels() {}

    /**
     * Every customer's timeline, from the events of known customers keyed by customer: the one operator that keeps a
     * customer's history. Out come the features as of each event and each midnight; to
     * {@link CustomerSnapshots#TRAINING}, labelled examples and segmentation snapshots. {@code scored}: whether
     * the midnights' features go out too (a job that only trains has no use for them).
     */
    public static SingleOutputStreamOperator<ScoringInput> timelines(
            KeyedStream<ShopEvent, String> customerEvents,
            ModelSettings settings,
            ErasedCustomers.Source erased,
            boolean scored) {
        return customerEvents
                .process(new CustomerSnapshots(settings, erased, scored))
                .name("customer timelines: features, snapshots and labels")
                .uid("customer-snapshots");
    }

    /**
     * The {@link #timelines}' rows as scoring and the customer-features table need them: every midnight's, and of the
     * rows after events only the newest of each customer between two watermarks (with the midnights in between in
     * their place). A customer's events come in bursts (a visit's views and cart adds): in a replay of a shop of
     * 100,000 customers, about three in four events have an earlier event of the same customer among the thousand
     * before. Scoring already scores a customer once per watermark, on the newest features; the rows it threw away
     * were serialized and shipped to it first. Chained to the timelines, so the rows dropped here go nowhere.
     */
    public static SingleOutputStreamOperator<ScoringInput> newestPerWatermark(
            SingleOutputStreamOperator<ScoringInput> timelines) {
        return CombinePerWatermark.newestPerKeyPassing(
                        timelines, (ScoringInput s) -> s.features().customerId(), ScoringInput::daily)
                .name("newest features per customer")
                .uid("newest-features-per-customer");
    }

    /**
     * The trainers behind the {@link #timelines}: every version into the registry. Returns the versions, which
     * {@link #score} serves.
     */
    public static DataStream<ModelVersionRow> train(
            SingleOutputStreamOperator<ScoringInput> snapshots, JobSinks sinks, ModelSettings settings) {
        SingleOutputStreamOperator<ModelVersionRow> versions = snapshots
                .getSideOutput(CustomerSnapshots.TRAINING)
                .keyBy(TrainModels::oneTrainer)
                .process(new TrainModels(settings))
                .name("train customer models")
                .uid("train-models")
                .setParallelism(1)
                .setMaxParallelism(1);
        versions.sinkTo(sinks.modelVersions())
                .name("store model versions")
                .uid("store-model-versions")
                .setParallelism(1);
        return versions;
    }

    /**
     * Scores every customer of the {@link #timelines} with the serving {@code versions}; the segment flows. Returns
     * the scores, whose {@link ScoreCustomers#FACTS} the audiences take.
     */
    public static SingleOutputStreamOperator<CustomerScore> score(
            DataStream<ScoringInput> snapshots,
            DataStream<ModelVersionRow> versions,
            JobSinks sinks,
            ModelSettings settings) {
        // The timelines come out of an operator keyed by customer: scoring takes them keyed as they are.
        SingleOutputStreamOperator<CustomerScore> scores = ByCustomer.asPartitioned(
                        snapshots, (ScoringInput s) -> s.features().customerId())
                .connect(versions.broadcast(ScoreCustomers.SERVING))
                .process(new ScoreCustomers(
                        (int) settings.horizons().purchase().toDays(), settings.retention(), sinks.erasedCustomers()))
                .name("score customers")
                .uid("score-customers");
        scores.sinkTo(sinks.customerScores())
                .name("store customer scores")
                .uid("store-customer-scores")
                .setParallelism(1);

        scores.getSideOutput(ScoreCustomers.MOVES)
                .keyBy(SegmentMove::key)
                .window(TumblingEventTimeWindows.of(Duration.ofDays(1)))
                .aggregate(new CountMoves())
                .name("segment flows")
                .uid("segment-flows")
                .sinkTo(sinks.segmentFlows())
                .name("store segment flows")
                .uid("store-segment-flows")
                .setParallelism(1);
        return scores;
    }
}
