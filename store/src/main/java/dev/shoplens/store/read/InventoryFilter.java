package dev.shoplens.store.read;

import dev.shoplens.inventory.StockRisk;
import java.util.Set;

/** Which products' plans to list: one category or all (null), and some risks or all (empty). */
public record InventoryFilter(String category, Set<StockRisk> risks) {

    public static final InventoryFilter ALL = new InventoryFilter(null, Set.of());

    public InventoryFilter {
        risks = Set.copyOf(risks);
    }

    boolean admits(StockRisk risk) {
        return risks.isEmpty() || risks.contains(risk);
    }
}
