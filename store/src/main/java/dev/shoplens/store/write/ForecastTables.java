package dev.shoplens.store.write;

import static dev.shoplens.store.write.Table.column;

import dev.shoplens.forecast.DemandForecast;
import dev.shoplens.forecast.ForecastDay;
import java.time.Instant;
import java.util.List;

/** The forecast tables of schema version 3 ({@code sql/duckdb/V3__forecasts.sql}). */
public final class ForecastTables {

    private ForecastTables() {}

    public static final Table<DemandForecast> DEMAND_FORECASTS = new Table<>(
            "demand_forecasts",
            r -> List.of(r.level(), r.seriesId()),
            List.of(
                    column("level", r -> r.level().wireName()),
                    column("series_id", DemandForecast::seriesId),
                    column("category", DemandForecast::category),
                    column("origin_day", DemandForecast::originDay),
                    column("method", DemandForecast::method),
                    column("wape", r -> r.accuracy().wape()),
                    column("bias", r -> r.accuracy().bias()),
                    column("naive_wape", r -> r.accuracy().naiveWape()),
                    column("measured_days", r -> r.accuracy().measuredDays()),
                    column("as_of", DemandForecast::asOf),
                    column("written_at", r -> Instant.now())));

    static final Table<ForecastDay> DEMAND_FORECAST_DAYS = new Table<>(
            "demand_forecast_days",
            r -> List.of(r.level(), r.seriesId(), r.daysAhead()),
            List.of(
                    column("level", r -> r.level().wireName()),
                    column("series_id", ForecastDay::seriesId),
                    column("days_ahead", ForecastDay::daysAhead),
                    column("day", ForecastDay::day),
                    column("mean", ForecastDay::mean),
                    column("variance", ForecastDay::variance),
                    column("p10", ForecastDay::p10),
                    column("p50", ForecastDay::p50),
                    column("p90", ForecastDay::p90)));

    /**
     * The newest forecast of each series in a batch, and their days. Days are made only for the forecasts kept: a
     * replayed history emits a forecast per series and day, most of which a batch replaces at once.
     */
    static List<DemandForecast> newest(List<DemandForecast> rows) {
        List<DemandForecast> newest = new java.util.ArrayList<>();
        DEMAND_FORECASTS.lastPerKey(rows).forEach(newest::add);
        return newest;
    }

    static List<ForecastDay> days(List<DemandForecast> forecasts) {
        return forecasts.stream().flatMap(f -> f.days().stream()).toList();
    }
}
