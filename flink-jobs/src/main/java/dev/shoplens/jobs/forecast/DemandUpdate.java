package dev.shoplens.jobs.forecast;

import dev.shoplens.features.ProductDay;
import dev.shoplens.forecast.SeriesLevel;

/**
 * Demand of one series on one (UTC epoch) day: either the day's running total so far ({@code runningTotal}, as
 * product days report it on every event, the newest replacing the last) or an amount to add (a closed product
 * day's demand added to its category and the shop). {@code stockedOut}: the day's newest stock report is zero, so
 * the empty shelf cut the day's demand short.
 */
public record DemandUpdate(
        SeriesLevel level,
        String seriesId,
        String category,
        long day,
        double units,
        boolean runningTotal,
        boolean stockedOut) {

    public DemandUpdate(
            SeriesLevel level, String seriesId, String category, long day, double units, boolean runningTotal) {
        this(level, seriesId, category, day, units, runningTotal, false);
    }

    /** The series id of the whole shop. */
    public static final String SHOP = "shop";

    public static DemandUpdate of(ProductDay productDay) {
        return new DemandUpdate(
                SeriesLevel.PRODUCT,
                productDay.productId(),
                productDay.category(),
                productDay.day().toEpochDay(),
                productDay.netUnits(),
                true,
                productDay.stockOnHand() != null && productDay.stockOnHand() == 0);
    }

    /** The key of the series: level and id, since a product id could equal a category name. */
    public String key() {
        return level.wireName() + "/" + seriesId;
    }
}
