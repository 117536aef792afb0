package dev.shoplens.inventory;

import dev.shoplens.forecast.DemandDistribution;
import dev.shoplens.forecast.DemandPath;
import java.time.LocalDate;

/**
 * What to do about one product's stock, from its demand forecast and its policy.
 *
 * <ul>
 *   <li>reorder point = the demand over the lead time that is not exceeded with the service level's probability
 *       (a quantile of the forecast distribution), rounded up; safety stock = reorder point minus the expected
 *       lead-time demand;
 *   <li>order-up-to level = the same quantile over lead time plus review period; the suggested order brings the
 *       stock on hand up to it once the stock is at or below the reorder point (stock already on order is not
 *       known to ShopLens and is not subtracted);
 *   <li>days of cover = how long the stock on hand lasts at the expected demand; the stock-out date is the day
 *       it runs out on.
 * </ul>
 *
 * All figures but the risk are null when no stock level is known.
 */
public record ReorderPlan(
        Integer stockOnHand,
        Double coverDays,
        LocalDate stockOutDate,
        double leadTimeDemand,
        Double safetyStock,
        Integer reorderPoint,
        Integer orderUpTo,
        Integer suggestedOrder,
        StockRisk risk) {

    /**
     * @param path the forecast, day 1 being {@code firstDay}
     * @param stockOnHand the newest stock level reported, null if none
     */
    public static ReorderPlan of(DemandPath path, LocalDate firstDay, Integer stockOnHand, InventoryPolicy policy) {
        DemandDistribution leadTime = path.over(policy.leadTimeDays());
        if (stockOnHand == null) {
            return new ReorderPlan(null, null, null, leadTime.mean(), null, null, null, null, StockRisk.NO_STOCK_DATA);
        }
        int reorderPoint = roundUp(leadTime.quantile(policy.serviceLevel()));
        int orderUpTo =
                roundUp(path.over(policy.leadTimeDays() + policy.reviewDays()).quantile(policy.serviceLevel()));
        Double cover = path.coverDays(stockOnHand);
        boolean due = stockOnHand <= reorderPoint;
        return new ReorderPlan(
                stockOnHand,
                cover,
                cover == null ? null : firstDay.plusDays((long) Math.floor(cover)),
                leadTime.mean(),
                reorderPoint - leadTime.mean(),
                reorderPoint,
                orderUpTo,
                due ? Math.max(0, orderUpTo - stockOnHand) : 0,
                risk(stockOnHand, cover, due, policy));
    }

    private static StockRisk risk(int stockOnHand, Double cover, boolean due, InventoryPolicy policy) {
        if (stockOnHand <= 0) {
            return StockRisk.OUT_OF_STOCK;
        }
        if (cover != null && cover < policy.leadTimeDays()) {
            return StockRisk.STOCK_OUT_BEFORE_DELIVERY;
        }
        return due ? StockRisk.REORDER_NOW : StockRisk.OK;
    }

    /** Quantiles are continuous, stock is counted in units: a hair above a whole number is that number. */
    private static int roundUp(double units) {
        return (int) Math.ceil(units - 1e-9);
    }
}
