package dev.shoplens.store.write;

import static dev.shoplens.store.write.Table.column;

import dev.shoplens.forecast.DemandForecast;
import dev.shoplens.forecast.ForecastDay;
import dev.shoplens.forecast.ProductRefit;
import dev.shoplens.forecast.SeriesLevel;
import java.time.Instant;
import java.util.List;

/**
 * The nightly demand refit's tables of schema version 7 ({@code sql/duckdb/V7__demand_refit.sql}): each product's
 * verdict and the forest's forecast days; inventory planning reads them.
 */
public final class RefitTables {

    private RefitTables() {}

    public static final Table<ProductRefit> DEMAND_REFITS = new Table<>(
            "demand_refits",
            ProductRefit::productId,
            List.of(
                    column("product_id", ProductRefit::productId),
                    column("origin_day", ProductRefit::originDay),
                    column("chosen", ProductRefit::chosen),
                    column("method", r -> ProductRefit.FOREST_METHOD),
                    column("streaming_method", ProductRefit::streamingMethod),
                    column("holdout_days", ProductRefit::holdoutDays),
                    column("holdout_units", ProductRefit::holdoutUnits),
                    column("nightly_wape", ProductRefit::nightlyWape),
                    column("nightly_bias", ProductRefit::nightlyBias),
                    column("streaming_wape", ProductRefit::streamingWape),
                    column("naive_wape", ProductRefit::naiveWape),
                    column("written_at", r -> Instant.now())));

    /** A product's forest forecast days: a {@link ForecastDay} whose series is the product. */
    public static final Table<ForecastDay> DEMAND_REFIT_DAYS = new Table<>(
            "demand_refit_days",
            r -> List.of(r.seriesId(), r.daysAhead()),
            List.of(
                    column("product_id", ForecastDay::seriesId),
                    column("days_ahead", ForecastDay::daysAhead),
                    column("day", ForecastDay::day),
                    column("mean", ForecastDay::mean),
                    column("variance", ForecastDay::variance),
                    column("p10", ForecastDay::p10),
                    column("p50", ForecastDay::p50),
                    column("p90", ForecastDay::p90),
                    column("written_at", r -> Instant.now())));

    /** The days of a product's forest forecast, with the band. */
    public static List<ForecastDay> days(ProductRefit refit) {
        return DemandForecast.days(SeriesLevel.PRODUCT, refit.productId(), refit.originDay(), refit.forecast());
    }
}
