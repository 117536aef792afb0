package dev.shoplens.jobs.models;

import dev.shoplens.models.registry.ModelCodec;
import dev.shoplens.models.scoring.CustomerScorer;
import dev.shoplens.scores.CustomerScore;
import dev.shoplens.scores.ModelVersionRow;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
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
 * changed, and rescores every customer when a new version starts serving. Midnight scores are made at once and also
 * go to {@link #MOVES}, the customer's segment then and at the previous midnight. After events, a customer is scored
 * once when the watermark next moves (an event-time timer just past the current watermark), on the newest features:
 * a burst of a customer's events between two watermarks makes one score, as the store keeps only the newest anyway,
 * and "what changed" compares with the last score made.
 */
public class ScoreCustomers
        extends KeyedBroadcastProcessFunction<String, ScoringInput, ModelVersionRow, CustomerScore> {

    public static final MapStateDescriptor<String, ModelVersionRow> SERVING =
            new MapStateDescriptor<>("serving-models", Types.STRING, TypeInformation.of(ModelVersionRow.class));
    public static final OutputTag<SegmentMove> MOVES = new OutputTag<>("segment-moves") {};

    private static final ValueStateDescriptor<ScoreState> STATE =
            new ValueStateDescriptor<>("scores", ScoreState.class);

    private final int purchaseHorizonDays;
    private transient ValueState<ScoreState> state;
    // Deserialized models by kind, rebuilt from the broadcast state after a restart.
    private transient CustomerScorer scorer;
    private transient Map<String, Integer> loaded;

    public ScoreCustomers(int purchaseHorizonDays) {
        this.purchaseHorizonDays = purchaseHorizonDays;
    }

    @Override
    public void open(OpenContext openContext) {
        state = getRuntimeContext().getState(STATE);
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
        long watermark = ctx.timerService().currentWatermark();
        if (input.afterEvent() && watermark != Long.MAX_VALUE) {
            s.scoreDue = true;
            // Timers of one key and time are one timer: every event until the watermark moves shares it.
            ctx.timerService().registerEventTimeTimer(watermark + 1);
        } else if (!scorer.isEmpty()) {
            s.scoreDue = false;
            CustomerScore score = score(s);
            out.collect(score);
            if (input.daily() && score.segmentId() != null) {
                LocalDate day = LocalDate.ofInstant(input.features().asOf().minusMillis(1), ZoneOffset.UTC);
                ctx.output(
                        MOVES, new SegmentMove(day, s.segmentAtLastMidnight, score.segmentId(), score.segmentName()));
                s.segmentAtLastMidnight = score.segmentId();
            }
        }
        state.update(s);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<CustomerScore> out) throws Exception {
        ScoreState s = state.value();
        if (s == null || !s.scoreDue) {
            return; // a midnight or a new version scored the customer since
        }
        load(ctx.getBroadcastState(SERVING));
        s.scoreDue = false;
        if (!scorer.isEmpty()) {
            out.collect(score(s));
        }
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
        ctx.applyToKeyedState(STATE, (customer, customerState) -> {
            ScoreState s = customerState.value();
            if (s != null && s.latest != null) {
                s.scoreDue = false;
                out.collect(score(s));
                customerState.update(s);
            }
        });
    }

    private CustomerScore score(ScoreState s) {
        CustomerScorer.Result result = scorer.score(s.latest, s.memory);
        s.memory = result.memory();
        return result.score();
    }

    private void load(ReadOnlyBroadcastState<String, ModelVersionRow> serving) throws Exception {
        for (Map.Entry<String, ModelVersionRow> e : serving.immutableEntries()) {
            ModelVersionRow row = e.getValue();
            if (!Integer.valueOf(row.version()).equals(loaded.get(row.kind()))) {
                scorer.serve(ModelCodec.read(row.model()), row.version());
                loaded.put(row.kind(), row.version());
            }
        }
    }
}
