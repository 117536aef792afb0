package dev.shoplens.store.read;

import dev.shoplens.forecast.ForecastAccuracy;
import dev.shoplens.inventory.PolicySetting;
import dev.shoplens.inventory.ReorderPlan;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * One product's line on the Inventory page: its forecast (origin, method, accuracy, expected demand per day over
 * the next 28 days), the policy it follows and the plan that results, with the day of its newest stock report.
 */
public record InventoryRow(
        String productId,
        String category,
        LocalDate originDay,
        String method,
        ForecastAccuracy accuracy,
        double demandPerDay,
        LocalDate stockReportedOn,
        PolicySetting setting,
        ReorderPlan plan) {

    /** The most urgent first: by risk, then by how soon the stock runs out, then by product. */
    public static final Comparator<InventoryRow> MOST_URGENT_FIRST = Comparator.<InventoryRow, Integer>comparing(
                    r -> r.plan().risk().ordinal())
            .thenComparing(r -> r.plan().coverDays(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(InventoryRow::productId);
}
