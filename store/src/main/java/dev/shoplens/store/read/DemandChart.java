package dev.shoplens.store.read;

import dev.shoplens.forecast.ForecastAccuracy;
import dev.shoplens.forecast.ForecastDay;
import dev.shoplens.forecast.SeriesLevel;
import java.time.LocalDate;
import java.util.List;

/**
 * What a demand chart shows for a product, a category or the shop: demand and stock of the days up to the
 * forecast's origin, the forecast with its band, and the stock on hand and reorder point now (for a category or the
 * shop, the sums over its products that report stock; null where none does).
 */
public record DemandChart(
        SeriesLevel level,
        String seriesId,
        LocalDate originDay,
        String method,
        ForecastAccuracy accuracy,
        List<HistoryDay> history,
        List<ForecastDay> forecast,
        Integer stockOnHand,
        Integer reorderPoint) {

    /** One past day: demand (units net of returns) and the stock reported that day (null if none). */
    public record HistoryDay(LocalDate day, double units, Integer stockOnHand) {}
}
