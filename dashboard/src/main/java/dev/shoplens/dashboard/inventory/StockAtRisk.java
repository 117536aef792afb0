package dev.shoplens.dashboard.inventory;

import dev.shoplens.dashboard.i18n.Figures;
import dev.shoplens.dashboard.i18n.Texts;
import dev.shoplens.store.read.InventoryFilter;
import dev.shoplens.store.read.InventoryRow;
import java.util.List;

/**
 * The products about to run out, as the Overview lists them: how many, and the most urgent few in a line each
 * ("p-17 (kitchen): Runs out before delivery, runs out 2026-03-05").
 */
public record StockAtRisk(long count, List<String> rows) {

    /** Out of stock, running out before a delivery, or due for an order: the Inventory page's "At risk". */
    public static final InventoryFilter FILTER = new InventoryFilter(null, RiskChoice.AT_RISK.risks());

    /** {@code plans} most urgent first, as {@code InventoryPlanning.plans} gives them. */
    public static StockAtRisk of(List<InventoryRow> plans, int shown) {
        List<InventoryRow> atRisk =
                plans.stream().filter(r -> r.plan().risk().atRisk()).toList();
        return new StockAtRisk(
                atRisk.size(),
                atRisk.stream().limit(shown).map(StockAtRisk::line).toList());
    }

    private static String line(InventoryRow row) {
        return Texts.of(
                "overview.stock.row",
                row.productId(),
                row.category() == null ? InventoryFigures.NONE : row.category(),
                RiskChoice.label(row.plan().risk()),
                row.plan().stockOutDate() == null
                        ? InventoryFigures.NONE
                        : Figures.day(row.plan().stockOutDate()));
    }
}
