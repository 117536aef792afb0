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
 * lateness, as for product days), teaches the series' model that day and emits the new forecast. When one move of
 * the watermark closes several days of a series (a replay; a quiet spell), each day is learnt and only the last
 * day's forecast is emitted: the store keeps the newest forecast of a series, and the days before it would be
 * dropped downstream ({@link DemandForecasts}) after being made. A series with no
 * activity on a day still learns a day without demand: each close registers the next day's close while the series
 * is active. After {@link ForecastSettings#idleDays()} days without activity the series' state is dropped and no
 * timer is left, so products that stopped selling cost nothing.
 *
 * <p>At the end of a bounded input the watermark jumps to the end of time; days without data are then not real
 * days that passed, so they are not learnt as days without demand, unless they closed before the replay's data ends
 * ({@link ForecastSettings#dataEnd()}): those are real quiet days, whether or not a watermark came to close them.
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
    // Days that close by then are real days even when the input ends before a watermark closed them.
    private final long dataEndMillis;
    private final boolean finalOnly;

    private transient ValueState<TrackedSeries> series;
    private transient MapState<Long, Double> openDays;
    private transient MapState<Long, Boolean> stockedOutDays;

    public DemandForecastFunction(ForecastSettings settings) {
        this.allowedLatenessMillis = settings.allowedLateness().toMillis();
        this.idleDays = settings.idleDays();
        this.dataEndMillis =
                settings.dataEnd() == null ? Long.MIN_VALUE : settings.dataEnd().toEpochMilli();
        this.finalOnly = settings.finalOnly();
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
        // The series (its model and histories) is written back only when it changed: with RocksDB, writing it at
        // every update was most of the forecasts' time. Its activity is counted when a day closes, not here (see
        // onTimer).
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

    /**
     * Ends a series idle up to the day that just closed. Only days up to it count: activity of a later day may
     * already be here (its update can come before or after this day's close, as the watermark happens to move), and
     * counting it would keep or reset the series' history by timing. So the series starts afresh either way: dropped
     * when nothing later is open, else a new model that learns from the later day on, as if it had come after.
     */
    private void endIdle(TrackedSeries tracked) throws Exception {
        if (openDays.isEmpty()) {
            series.clear();
            stockedOutDays.clear();
            return;
        }
        TrackedSeries fresh = new TrackedSeries();
        fresh.level = tracked.level;
        fresh.seriesId = tracked.seriesId;
        fresh.category = tracked.category;
        series.update(fresh);
    }

    /** Whether a bounded replay's data reaches past {@code day}'s close: a real day, with or without activity. */
    private boolean closedByTheData(long day) {
        return closeTime(day) <= dataEndMillis;
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
        if (tracked == null || (units == null && endOfInput && !closedByTheData(day))) {
            if (finalOnly && tracked != null && tracked.model.lastDay != Long.MIN_VALUE) {
                // The day after the data's end is no day: the forecast as of the last day learnt is the final one.
                out.collect(forecast(tracked, tracked.model.lastDay, closeTime(tracked.model.lastDay)));
            }
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
        if (units != null) {
            tracked.lastActivityDay = day;
        }
        boolean idle = day - tracked.lastActivityDay >= idleDays;
        boolean closesNextDay = !idle && (!endOfInput || closedByTheData(day + 1));
        if (!closesNextDay
                || (!finalOnly && closeTime(day + 1) > ctx.timerService().currentWatermark())) {
            out.collect(forecast(tracked, day, timestamp));
        } // else the next day closes in this same move of the watermark (or, finalOnly, later), and its forecast wins
        if (units != null && units != 0 && SeriesLevel.PRODUCT.wireName().equals(tracked.level)) {
            rollUp(tracked, day, units, ctx);
        }
        if (idle) {
            endIdle(tracked);
        } else {
            series.update(tracked);
            if (closesNextDay) {
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
