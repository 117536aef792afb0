package dev.shoplens.jobs.customers;

import dev.shoplens.features.CustomerDay;
import dev.shoplens.store.erasure.ErasedCustomers;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by customer: counts each day's (UTC) views, cart adds, orders, spend and returns, and emits the day once,
 * when the watermark passes its end plus the allowed lateness (nothing can change it any more), then forgets it.
 * One row per customer and day rather than one per event keeps the store's writes far below the event rate; the
 * nightly retrain reads only whole days, so it never needs an open day. A replay emits the same row again, which
 * the store's key on customer and day overwrites.
 */
public class CustomerDayFunction extends KeyedProcessFunction<String, CustomerActivity, CustomerDay> {

    private static final long DAY = 86_400_000L;

    private final long allowedLatenessMillis;
    private final ErasedCustomers.Source erasedSource;

    private transient MapState<Long, CustomerDayCounts> days;
    private transient ErasedCustomers erased;

    public CustomerDayFunction(Duration allowedLateness, ErasedCustomers.Source erased) {
        this.allowedLatenessMillis = allowedLateness.toMillis();
        this.erasedSource = erased;
    }

    @Override
    public void open(OpenContext openContext) {
        days = getRuntimeContext()
                .getMapState(new MapStateDescriptor<>("days", Types.LONG, Types.POJO(CustomerDayCounts.class)));
        erased = new ErasedCustomers(erasedSource, ErasedCustomers.REFRESH);
    }

    @Override
    public void processElement(CustomerActivity activity, Context ctx, Collector<CustomerDay> out) throws Exception {
        long day = Math.floorDiv(activity.time(), DAY);
        if (closeTime(day) <= ctx.timerService().currentWatermark()) {
            // The day has been written and forgotten: counting this alone would overwrite the day with less.
            return;
        }
        CustomerDayCounts counts = days.get(day);
        if (counts == null) {
            counts = new CustomerDayCounts();
            ctx.timerService().registerEventTimeTimer(closeTime(day));
        }
        counts.add(activity);
        days.put(day, counts);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<CustomerDay> out) throws Exception {
        if (erased.isErased(ctx.getCurrentKey())) {
            forget(ctx);
            return;
        }
        long day = Math.floorDiv(timestamp - allowedLatenessMillis + 1, DAY) - 1;
        CustomerDayCounts counts = days.get(day);
        if (counts != null) {
            out.collect(row(ctx.getCurrentKey(), day, counts));
            days.remove(day);
        }
    }

    /** An erased customer: every open day goes, with the timer that would have closed it. */
    private void forget(OnTimerContext ctx) throws Exception {
        for (Long day : days.keys()) {
            ctx.timerService().deleteEventTimeTimer(closeTime(day));
        }
        days.clear();
    }

    private long closeTime(long day) {
        return (day + 1) * DAY - 1 + allowedLatenessMillis;
    }

    private static CustomerDay row(String customerId, long day, CustomerDayCounts c) {
        return new CustomerDay(
                customerId,
                LocalDate.ofEpochDay(day),
                c.views,
                c.cartAdds,
                c.orders,
                c.revenue,
                c.returns,
                Instant.ofEpochMilli(c.asOf));
    }
}
