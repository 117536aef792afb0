package dev.shoplens.jobs.products;

import dev.shoplens.features.ProductDay;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by product: keeps the counts of each open day (UTC) and emits the day's updated row on every activity,
 * so today's demand is visible before the day closes. A day's counts are dropped once the watermark passes the
 * day's end plus the allowed lateness (nothing can change it any more); the product's category goes with its
 * last open day.
 *
 * <p>Which day is the last open one is kept as the newest day opened: days close in order, so closing it closes the
 * last. Asking the map state whether it is empty instead was a RocksDB seek over every day deleted before it (until
 * compaction removes them), at every close.
 */
public class ProductDayFunction extends KeyedProcessFunction<String, ProductActivity, ProductDay> {

    private static final long DAY = 86_400_000L;

    private final long allowedLatenessMillis;

    private transient MapState<Long, DayCounts> days;
    private transient ValueState<String> category;
    private transient ValueState<Long> newestDay;

    public ProductDayFunction(Duration allowedLateness) {
        this.allowedLatenessMillis = allowedLateness.toMillis();
    }

    @Override
    public void open(OpenContext openContext) {
        days = getRuntimeContext()
                .getMapState(new MapStateDescriptor<>("days", Types.LONG, Types.POJO(DayCounts.class)));
        category = getRuntimeContext().getState(new ValueStateDescriptor<>("category", Types.STRING));
        newestDay = getRuntimeContext().getState(new ValueStateDescriptor<>("newest-day", Types.LONG));
    }

    @Override
    public void processElement(ProductActivity activity, Context ctx, Collector<ProductDay> out) throws Exception {
        // Read once and written only when it changes: with RocksDB each access is a read or a write of the store.
        String storedCategory = category.value();
        String productCategory = storedCategory;
        if (activity.category() != null && !activity.category().equals(productCategory)) {
            productCategory = activity.category();
            category.update(productCategory);
        }
        long day = Math.floorDiv(activity.time().toEpochMilli(), DAY);
        DayCounts counts = days.get(day);
        if (counts == null) {
            counts = new DayCounts();
            ctx.timerService().registerEventTimeTimer(closeTime(day));
            Long newest = newestDay.value();
            if (newest == null && storedCategory != null) {
                // Days are open (the category goes with the last), kept by a release before 2026-12-07, which kept
                // no newest day: they say which is newest, once.
                newest = newestOpenDay();
                newestDay.update(newest);
            }
            if (newest == null || day > newest) {
                newestDay.update(day);
            }
        }
        counts.add(activity);
        days.put(day, counts);
        out.collect(row(ctx.getCurrentKey(), day, productCategory, counts));
    }

    private Long newestOpenDay() throws Exception {
        Long newest = null;
        for (Long open : days.keys()) {
            newest = newest == null ? open : Math.max(newest, open);
        }
        return newest;
    }

    private long closeTime(long day) {
        return (day + 1) * DAY - 1 + allowedLatenessMillis;
    }

    private static ProductDay row(String productId, long day, String category, DayCounts c) {
        return new ProductDay(
                productId,
                LocalDate.ofEpochDay(day),
                category,
                c.unitsSold,
                c.unitsReturned,
                c.revenue,
                c.views,
                c.cartAdds,
                c.stockOnHand,
                Instant.ofEpochMilli(c.asOf));
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<ProductDay> out) throws Exception {
        long day = Math.floorDiv(timestamp - allowedLatenessMillis + 1, DAY) - 1;
        days.remove(day);
        Long newest = newestDay.value();
        // A product whose state a release before 2026-12-07 kept (and no day opened since) has no newest day.
        if (newest == null ? days.isEmpty() : day >= newest) {
            category.clear();
            newestDay.clear();
        }
    }
}
