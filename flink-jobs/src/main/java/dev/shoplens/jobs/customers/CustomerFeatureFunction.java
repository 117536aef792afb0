package dev.shoplens.jobs.customers;

import dev.shoplens.event.ShopEvent;
import dev.shoplens.features.CustomerFeatures;
import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by customer: folds each event into the customer's {@link CustomerHistory} and emits the updated features.
 * A customer silent for {@code idleRetention} (event time) is forgotten: the stored features stay in the store,
 * but the job's state would otherwise grow with every customer who ever visited.
 */
public class CustomerFeatureFunction extends KeyedProcessFunction<String, ShopEvent, CustomerFeatures> {

    private final long idleRetentionMillis;

    private transient ValueState<CustomerHistory> history;
    private transient ValueState<Long> idleTimer;

    public CustomerFeatureFunction(Duration idleRetention) {
        this.idleRetentionMillis = idleRetention.toMillis();
    }

    @Override
    public void open(OpenContext openContext) {
        history = getRuntimeContext().getState(new ValueStateDescriptor<>("history", CustomerHistory.class));
        idleTimer = getRuntimeContext().getState(new ValueStateDescriptor<>("idle-timer", Long.class));
    }

    @Override
    public void processElement(ShopEvent event, Context ctx, Collector<CustomerFeatures> out) throws Exception {
        CustomerHistory current = history.value();
        if (current == null) {
            current = new CustomerHistory();
        }
        current.apply(event);
        history.update(current);
        out.collect(current.features(ctx.getCurrentKey()));
        rescheduleIdleTimer(ctx, current.lastSeen + idleRetentionMillis);
    }

    private void rescheduleIdleTimer(Context ctx, long at) throws Exception {
        Long previous = idleTimer.value();
        if (previous != null && previous == at) {
            return;
        }
        if (previous != null) {
            ctx.timerService().deleteEventTimeTimer(previous);
        }
        ctx.timerService().registerEventTimeTimer(at);
        idleTimer.update(at);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<CustomerFeatures> out) {
        history.clear();
        idleTimer.clear();
    }
}
