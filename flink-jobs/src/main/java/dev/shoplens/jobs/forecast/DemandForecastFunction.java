package dev.shoplens.jobs.forecast;

import dev.shoplens.forecast.DemandForecast;
import dev.shoplens.forecast.SeriesLevel;
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
import org.apache.flink.util.OutputTag;

/**
 * Keyed by series: keeps each open day's demand and, when the watermark closes a day (its end plus the allowed
 * lateness, as for product days), teaches the series' model that day and emits the new forecast. A series with no
 * activity on a day still learns a day without demand: each close registers the next day's close while the series
 * is active. After {@link ForecastSettings#idleDays()} days without activity the series' state is dropped and no
 * timer is left, so products that stopped selling cost nothing.
 *
 * <p>At the end of a bounded input the watermark jumps to the end of time; days without data are then not real
 * days that passed, so they are not learnt as days without demand.
 *
 * <p>A day that ends with an empty shelf is learnt as censored (see {@link SeriesModel#learn(long, double,
 * boolean)}): what did not sell because nothing was there is not taken for a drop in demand.
 *
 * <p>Product series send each closed day's demand to their category and the shop through {@link #ROLLUP}, where a
 * second instance of this function forecasts the totals.
 */
public class DemandForecastFunction extends KeyedProcessFunction<String, DemandUpdate, DemandForecast> {

    /** Closed product days, added to their category's and the shop's series. */
    public static final OutputTag<DemandUpdate> ROLLUP = new OutputTag<>("demand-rollup") {};

    private static final long DAY = 86_400_000L;

    private final long allowedLatenessMillis;
    private final int idleDays;

    private transient ValueState<TrackedSeries> series;
    private transient MapState<Long, Double> openDays;
    private transient MapState<Long, Boolean> stockedOutDays;

    public DemandForecastFunction(ForecastSettings settings) {
        this.allowedLatenessMillis = settings.allowedLateness().toMillis();
        this.idleDays = settings.idleDays();
    }

    @Override
    public void open(OpenContext openContext) {
        series = getRuntimeContext().getState(new ValueStateDescriptor<>("series", Types.POJO(TrackedSeries.class)));
        openDays = getRuntimeContext().getMapState(new MapStateDescriptor<>("open-days", Types.LONG, Types.DOUBLE));
        stockedOutDays = getRuntimeContext()
                .getMapState(new MapStateDescriptor<>("stocked-out-days", Types.LONG, Types.BOOLEAN));
    }

    @Override
    public void processElement(DemandUpdate update, Context ctx, Collector<DemandForecast> out) throws Exception {
        TrackedSeries tracked = series.value();
        boolean changed = tracked == null;
        if (tracked == null) {
            tracked = new TrackedSeries();
            tracked.level = update.level().wireName();
            tracked.seriesId = update.seriesId();
        }
        if (tracked.model.lastDay != Long.MIN_VALUE && update.day() <= tracked.model.lastDay) {
            return; // a closed day cannot change: upstream rejects events this late
        }
        if (update.category() != null && !update.category().equals(tracked.category)) {
            tracked.category = update.category();
            changed = true;
        }
        if (update.day() > tracked.lastActivityDay) {
            tracked.lastActivityDay = update.day();
            changed = true;
        }
        // The series (its model and histories) is written back only when it changed, about once a day: with
        // RocksDB, writing it at every update was most of the forecasts' time.
        if (changed) {
            series.update(tracked);
        }
        Double units = openDays.get(update.day());
        if (units == null) {
            ctx.timerService().registerEventTimeTimer(closeTime(update.day()));
        }
        double base = units == null || update.runningTotal() ? 0 : units;
        openDays.put(update.day(), base + update.units());
        if (update.stockedOut()) {
            stockedOutDays.put(update.day(), true);
        } else if (update.runningTotal()) {
            stockedOutDays.remove(update.day()); // the newest report decides: restocked
        }
    }

    private long closeTime(long day) {
        return (day + 1) * DAY - 1 + allowedLatenessMillis;
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<DemandForecast> out) throws Exception {
        long day = Math.floorDiv(timestamp - allowedLatenessMillis + 1, DAY) - 1;
        TrackedSeries tracked = series.value();
        Double units = openDays.get(day);
        openDays.remove(day);
        boolean stockedOut = stockedOutDays.contains(day);
        stockedOutDays.remove(day);
        boolean endOfInput = ctx.timerService().currentWatermark() == Long.MAX_VALUE;
        if (tracked == null || (units == null && endOfInput)) {
            return;
        }
        SeriesModel model = tracked.model;
        if (model.lastDay != Long.MIN_VALUE && day <= model.lastDay) {
            return;
        }
        for (long d = model.lastDay == Long.MIN_VALUE ? day : model.lastDay + 1; d < day; d++) {
            model.learn(d, 0);
        }
        model.learn(day, units == null ? 0 : units, stockedOut);
        out.collect(forecast(tracked, day, timestamp));
        if (units != null && units != 0 && SeriesLevel.PRODUCT.wireName().equals(tracked.level)) {
            rollUp(tracked, day, units, ctx);
        }
        if (day - tracked.lastActivityDay >= idleDays) {
            series.clear();
            openDays.clear();
            stockedOutDays.clear();
        } else {
            series.update(tracked);
            if (!endOfInput) {
                ctx.timerService().registerEventTimeTimer(closeTime(day + 1));
            }
        }
    }

    private static DemandForecast forecast(TrackedSeries tracked, long day, long closedAt) {
        return new DemandForecast(
                SeriesLevel.ofWireName(tracked.level),
                tracked.seriesId,
                tracked.category,
                LocalDate.ofEpochDay(day),
                tracked.model.chosen().wireName(),
                tracked.model.forecast(),
                tracked.model.accuracy(),
                Instant.ofEpochMilli(closedAt));
    }

    private static void rollUp(TrackedSeries tracked, long day, double units, OnTimerContext ctx) {
        if (tracked.category != null) {
            ctx.output(
                    ROLLUP,
                    new DemandUpdate(SeriesLevel.CATEGORY, tracked.category, tracked.category, day, units, false));
        }
        ctx.output(ROLLUP, new DemandUpdate(SeriesLevel.SHOP, DemandUpdate.SHOP, null, day, units, false));
    }
}
