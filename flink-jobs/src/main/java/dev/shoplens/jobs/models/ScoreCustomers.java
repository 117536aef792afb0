package dev.shoplens.jobs.models;

import dev.shoplens.audiences.AudienceFacts;
import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.jobs.customers.CleanUpTimer;
import dev.shoplens.jobs.types.JobTypes;
import dev.shoplens.models.registry.ModelCodec;
import dev.shoplens.models.scoring.CustomerScorer;
import dev.shoplens.models.train.SegmentModel;
import dev.shoplens.scores.CustomerScore;
import dev.shoplens.scores.ModelVersionRow;
import dev.shoplens.store.erasure.ErasedCustomers;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Keyed by customer, with the serving model versions as broadcast state: scores a customer when their features have
 * changed (an event, a midnight). A customer is scored once when the watermark next moves (an event-time timer just
 * past the current watermark), on the newest features: the rows of a customer between two watermarks (a burst of
 * events; in a replay, many midnights) make one score, as the store keeps only the newest anyway, and "what changed"
 * compares with the last score made. Each midnight's segment goes to {@link #MOVES} at once, with the segment at the
 * previous midnight.
 *
 * <p>A new version is taken lazily: each customer is rescored with it at their next row, and every customer has a row
 * at each of their midnights, so within a day of event time every score is the new version's (each score names the
 * versions that made it). Rescoring every customer at every version made a replay score each customer about twice a
 * day of event time (the labels of a day make about a version a day), for scores the next midnight replaced. At the
 * end of the input, where no midnight comes any more, a customer whose last score is older than the serving versions
 * is rescored with them, so the store ends as if every version had rescored everyone at once.
 */
public class ScoreCustomers
        extends KeyedBroadcastProcessFunction<String, ScoringInput, ModelVersionRow, CustomerScore> {

    public static final MapStateDescriptor<String, ModelVersionRow> SERVING =
            new MapStateDescriptor<>("serving-models", Types.STRING, TypeInformation.of(ModelVersionRow.class));
    public static final OutputTag<SegmentMove> MOVES =
            new OutputTag<>("segment-moves", JobTypes.of(SegmentMove.class)); // a day: see JobTypes#of
    /** What the audiences ask of a customer, as of each score made (see {@code Audiences}). */
    public static final OutputTag<AudienceFacts> FACTS = new OutputTag<>("audience-facts") {};

    private static final ValueStateDescriptor<ScoreState> STATE =
            new ValueStateDescriptor<>("scores", ScoreState.class);

    private final int purchaseHorizonDays;
    private final long forgetAfterMillis;
    private final ErasedCustomers.Source erasedSource;
    private final Duration erasedRefresh;
    private transient ValueState<ScoreState> state;
    private transient ErasedCustomers erased;
    // Deserialized models by kind, rebuilt from the broadcast state after a restart.
    private transient CustomerScorer scorer;
    private transient Map<String, Integer> loaded;
    // The sum of the serving versions: each kind's versions only rise, so a score made with older versions has a
    // smaller stamp (kept per customer in ScoreState, so it means the same after a restart).
    private transient long servingStamp;

    /**
     * @param purchaseHorizonDays the purchase model's horizon, from which the next order's date is derived
     * @param retention a customer silent this long is forgotten (the timelines' retention: no row comes after it)
     * @param erased the erased customers, whose state goes at their next timer or the next model version
     */
    public ScoreCustomers(int purchaseHorizonDays, Duration retention, ErasedCustomers.Source erased) {
        this(purchaseHorizonDays, retention, erased, ErasedCustomers.REFRESH);
    }

    /** {@code erasedRefresh}: how often the erased list is read again (tests make it read at every look). */
    ScoreCustomers(int purchaseHorizonDays, Duration retention, ErasedCustomers.Source erased, Duration erasedRefresh) {
        this.purchaseHorizonDays = purchaseHorizonDays;
        this.erasedSource = erased;
        this.erasedRefresh = erasedRefresh;
        // Two days past the retention: the timeline's last midnight row of a silent customer comes before.
        this.forgetAfterMillis = retention.toMillis() + 2 * CustomerTimeline.DAY;
    }

    @Override
    public void open(OpenContext openContext) {
        state = getRuntimeContext().getState(STATE);
        erased = new ErasedCustomers(erasedSource, erasedRefresh);
        scorer = new CustomerScorer(purchaseHorizonDays);
        loaded = new HashMap<>();
    }

    @Override
    public void processElement(ScoringInput input, ReadOnlyContext ctx, Collector<CustomerScore> out) throws Exception {
        load(ctx.getBroadcastState(SERVING));
        ScoreState s = state.value();
        if (s == null) {
            s = new ScoreState();
        }
        s.latest = input.features();
        boolean timerDeleted = false;
        if (input.afterEvent()) {
            timerDeleted = forgetWhenSilent(ctx, input.features().asOf().toEpochMilli() + forgetAfterMillis, s);
        }
        if (input.daily()) {
            countSegmentMove(input.features(), s, ctx);
        }
        long watermark = ctx.timerService().currentWatermark();
        if (watermark != Long.MAX_VALUE) {
            if (!s.scoreDue || timerDeleted) {
                // Every row until the watermark moves shares one timer. A score already due has its timer, past an
                // earlier watermark and so at most one past this one: registering again costs a lookup per row.
                // Unless the clean-up timer just moved: one key's timers at one time are one timer, so deleting the
                // old clean-up time may have deleted the score's timer with it.
                s.scoreDue = true;
                ctx.timerService().registerEventTimeTimer(watermark + 1);
            }
        } else {
            s.scoreDue = false;
            emit(s, ctx::output, out);
        }
        state.update(s);
    }

    /**
     * A midnight's segment, against the one at the previous midnight, for the segment flows: worked out at once
     * (one distance per segment), while the full score waits for the watermark with the customer's other rows.
     */
    private void countSegmentMove(CustomerFeatures features, ScoreState s, ReadOnlyContext ctx) {
        SegmentModel.Segment segment = scorer.segment(features);
        if (segment != null) {
            LocalDate day = LocalDate.ofInstant(features.asOf().minusMillis(1), ZoneOffset.UTC);
            ctx.output(MOVES, new SegmentMove(day, s.segmentAtLastMidnight, segment.id(), segment.name()));
            s.segmentAtLastMidnight = segment.id();
        }
    }

    /** Moves the customer's clean-up timer towards {@code at} ({@link CleanUpTimer}); returns whether it deleted one. */
    private boolean forgetWhenSilent(ReadOnlyContext ctx, long at, ScoreState s) {
        long before = s.forgetAt;
        s.forgetAt = CleanUpTimer.moveAtMostDaily(ctx.timerService(), before, at);
        return before != 0 && s.forgetAt != before;
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<CustomerScore> out) throws Exception {
        ScoreState s = state.value();
        if (s != null && erased.isErased(ctx.getCurrentKey())) {
            if (s.forgetAt != 0 && s.forgetAt != timestamp) {
                ctx.timerService().deleteEventTimeTimer(s.forgetAt);
            }
            state.clear(); // an erased customer: no score of theirs comes out again
            return;
        }
        if (s != null && s.forgetAt != 0 && timestamp >= s.forgetAt) {
            if (ctx.timerService().currentWatermark() == Long.MAX_VALUE) {
                // Not silent: the input ended, and every timer fires. The last score takes the final versions.
                load(ctx.getBroadcastState(SERVING));
                if (!scorer.isEmpty() && s.scoredWith != servingStamp) {
                    emit(s, ctx::output, out);
                }
            }
            state.clear(); // silent past the retention: the timeline has forgotten them too
            return;
        }
        if (s == null || !s.scoreDue) {
            return; // a new version scored the customer since
        }
        load(ctx.getBroadcastState(SERVING));
        s.scoreDue = false;
        emit(s, ctx::output, out);
        state.update(s);
    }

    @Override
    public void processBroadcastElement(ModelVersionRow row, Context ctx, Collector<CustomerScore> out)
            throws Exception {
        BroadcastState<String, ModelVersionRow> serving = ctx.getBroadcastState(SERVING);
        ModelVersionRow current = serving.get(row.kind());
        if (!row.serving() || (current != null && current.version() >= row.version())) {
            return;
        }
        serving.put(row.kind(), row);
        load(serving);
        boolean ended = ctx.currentWatermark() == Long.MAX_VALUE;
        if (!ended && !erased.anyErased()) {
            return; // taken at each customer's next row (above)
        }
        ctx.applyToKeyedState(STATE, (customer, customerState) -> {
            ScoreState s = customerState.value();
            if (s != null && erased.isErased(customer)) {
                // Erased since their last row (no row of theirs comes again): their state and scores go now, not at
                // the retention's clean-up.
                customerState.clear();
            } else if (ended && s != null && s.latest != null) {
                s.scoreDue = false;
                emit(s, ctx::output, out);
                customerState.update(s);
            }
        });
    }

    /**
     * Scores the customer: the score out, and what the audiences ask of them to {@link #FACTS}. While no model serves
     * there is no score, and the facts carry the features alone.
     */
    private void emit(
            ScoreState s, BiConsumer<OutputTag<AudienceFacts>, AudienceFacts> side, Collector<CustomerScore> out) {
        if (scorer.isEmpty()) {
            side.accept(FACTS, AudienceFacts.of(s.latest, null));
            return;
        }
        CustomerScorer.Result result = scorer.score(s.latest, s.memory);
        s.memory = result.memory();
        s.scoredWith = servingStamp;
        out.collect(result.score());
        side.accept(FACTS, AudienceFacts.of(s.latest, result.score()));
    }

    private void load(ReadOnlyBroadcastState<String, ModelVersionRow> serving) throws Exception {
        for (Map.Entry<String, ModelVersionRow> e : serving.immutableEntries()) {
            ModelVersionRow row = e.getValue();
            Integer before = loaded.get(row.kind());
            if (!Integer.valueOf(row.version()).equals(before)) {
                scorer.serve(ModelCodec.read(row.model()), row.version());
                loaded.put(row.kind(), row.version());
                servingStamp += row.version() - (before == null ? 0 : before);
            }
        }
    }
}
