package dev.shoplens.store.read;

import dev.shoplens.forecast.SeriesLevel;
import dev.shoplens.inventory.PolicyScope;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Forecasts and reorder plans as merchandisers read them, and the settings they change. */
public interface InventoryPlanning {

    /** The categories that have forecasts, in name order. */
    List<String> categories();

    /** Every product's plan the filter admits, most urgent first. */
    List<InventoryRow> plans(InventoryFilter filter);

    /** The chart of a series with its last {@code historyDays} days; empty while it has no forecast. */
    Optional<DemandChart> chart(SeriesLevel level, String seriesId, int historyDays);

    /**
     * The products most often bought in the same orders as {@code productId} in the last {@code days} days of the
     * shop's orders (counted back from its newest purchase, so an imported history reads as a live one), at most
     * {@code limit}, most orders together first; empty while the product shared no order.
     */
    List<BoughtWith> boughtWith(String productId, int days, int limit);

    /**
     * Sets the lead time and service level of a product or a category (the default of its products), keeping who
     * did it and when; every change is also logged. Values a policy refuses are refused here too.
     */
    void savePolicy(PolicyScope scope, String scopeId, int leadTimeDays, double serviceLevel, String user, Instant at);
}
