package dev.shoplens.store.read;

import dev.shoplens.forecast.DemandPath;
import dev.shoplens.inventory.InventoryPolicy;
import dev.shoplens.inventory.ReorderPlan;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each product's reorder plan as a reader last worked it out, with what it was worked out from: a plan's gamma
 * quantiles cost about as much as reading its forecast, and between two reads most products keep their forecast,
 * stock and setting. A product whose inputs are all equal to the kept ones gets the kept plan (the same arithmetic
 * on the same numbers); any change, and the plan is worked out again. One entry per product.
 */
final class KeptPlans {

    private record Inputs(DemandPath path, LocalDate firstDay, Integer stockOnHand, InventoryPolicy policy) {}

    private record Kept(Inputs inputs, ReorderPlan plan) {}

    private final Map<String, Kept> byProduct = new ConcurrentHashMap<>();

    ReorderPlan plan(
            String productId, DemandPath path, LocalDate firstDay, Integer stockOnHand, InventoryPolicy policy) {
        Inputs inputs = new Inputs(path, firstDay, stockOnHand, policy);
        Kept kept = byProduct.get(productId);
        if (kept != null && Objects.equals(kept.inputs(), inputs)) {
            return kept.plan();
        }
        ReorderPlan plan = ReorderPlan.of(path, firstDay, stockOnHand, policy);
        byProduct.put(productId, new Kept(inputs, plan));
        return plan;
    }
}
