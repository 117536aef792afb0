package dev.shoplens.jobs.models;

import dev.shoplens.event.ShopEvent;
import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.models.labels.LabelledExample;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Keyed by customer: keeps the {@link CustomerTimeline}, emits features to score (at each event and each midnight)
 * and, to {@link #TRAINING}, examples whose horizon has passed in event time and snapshots for the segmentation.
 * One event-time timer per customer, at the next midnight; a customer silent past the retention is forgotten with
 * their pending labels, so neither state nor timers outlive them. In a bounded replay no day after the data's end
 * is run (see {@link ModelSettings#dataEnd()}).
 */
public class CustomerSnapshots extends KeyedProcessFunction<String, ShopEvent, ScoringInput> {

    public static final OutputTag<TrainingInput> TRAINING = new OutputTag<>("training") {};

    private final ModelSettings settings;

    private transient ValueState<CustomerTimeline> timeline;
    private transient ValueState<Long> timer;

    public CustomerSnapshots(ModelSettings settings) {
        this.settings = settings;
    }

    @Override
    public void open(OpenContext openContext) {
        timeline = getRuntimeContext().getState(new ValueStateDescriptor<>("timeline", CustomerTimeline.class));
        timer = getRuntimeContext().getState(new ValueStateDescriptor<>("tick-timer", Long.class));
    }

    @Override
    public void processElement(ShopEvent event, Context ctx, Collector<ScoringInput> out) throws Exception {
        CustomerTimeline current = timeline.value();
        if (current == null) {
            current = new CustomerTimeline();
        }
        current.apply(ctx.getCurrentKey(), event, settings, output(ctx, out));
        timeline.update(current);
        schedule(ctx, current.nextTick);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<ScoringInput> out) throws Exception {
        timer.clear();
        CustomerTimeline current = timeline.value();
        if (current == null) {
            return;
        }
        current.runTicksUpTo(ctx.getCurrentKey(), settings.knownUntil(timestamp), settings, output(ctx, out));
        if (current.isForgotten(settings)) {
            timeline.clear();
            return;
        }
        timeline.update(current);
        if (settings.knownUntil(current.nextTick) == current.nextTick) {
            schedule(ctx, current.nextTick);
        }
    }

    private void schedule(Context ctx, long at) throws Exception {
        Long previous = timer.value();
        if (previous != null && previous == at) {
            return;
        }
        if (previous != null) {
            ctx.timerService().deleteEventTimeTimer(previous);
        }
        ctx.timerService().registerEventTimeTimer(at);
        timer.update(at);
    }

    private static CustomerTimeline.Output output(Context ctx, Collector<ScoringInput> out) {
        return new CustomerTimeline.Output() {
            @Override
            public void score(CustomerFeatures features, boolean daily) {
                out.collect(new ScoringInput(features, daily));
            }

            @Override
            public void example(LabelledExample example) {
                ctx.output(TRAINING, TrainingInput.of(example));
            }

            @Override
            public void segmentSnapshot(CustomerFeatures features) {
                ctx.output(TRAINING, TrainingInput.of(features));
            }
        };
    }
}
