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
 */
public class ProductDayFunction extends KeyedProcessFunction<String, ProductActivity, ProductDay> {

    private static final long DAY = 86_400_000L;

    private final long allowedLatenessMillis;

    private transient MapState<Long, DayCounts> days;
    private transient ValueState<String> category;

    public ProductDayFunction(Duration allowedLateness) {
        this.allowedLatenessMillis = allowedLateness.toMillis();
    }

    @Override
    public void open(OpenContext openContext) {
        days = getRuntimeContext()
                .getMapState(new MapStateDescriptor<>("days", Types.LONG, Types.POJO(DayCounts.class)));
        category = getRuntimeContext().getState(new ValueStateDescriptor<>("category", Types.STRING));
    }

    @Override
    public void processElement(ProductActivity activity, Context ctx, Collector<ProductDay> out) throws Exception {
        // Read once and written only when it changes: with RocksDB each access is a read or a write of the store.
        String productCategory = category.value();
        if (activity.category() != null && !activity.category().equals(productCategory)) {
            productCategory = activity.category();
            category.update(productCategory);
        }
        long day = Math.floorDiv(activity.time().toEpochMilli(), DAY);
        DayCounts counts = days.get(day);
        if (counts == null) {
            counts = new DayCounts();
            ctx.timerService().registerEventTimeTimer(closeTime(day));
        }
        counts.add(activity);
        days.put(day, counts);
        out.collect(row(ctx.getCurrentKey(), day, productCategory, counts));
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
        if (days.isEmpty()) {
            category.clear();
        }
    }
}
