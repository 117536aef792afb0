package dev.shoplens.dashboard.inventory;

import dev.shoplens.inventory.StockRisk;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** The risk filter's choices: everything, everything at risk, or one risk. */
enum RiskChoice {
    ALL("All products", Set.of()),
    AT_RISK("At risk", EnumSet.of(StockRisk.OUT_OF_STOCK, StockRisk.STOCK_OUT_BEFORE_DELIVERY, StockRisk.REORDER_NOW)),
    OUT_OF_STOCK(StockRisk.OUT_OF_STOCK),
    STOCK_OUT_BEFORE_DELIVERY(StockRisk.STOCK_OUT_BEFORE_DELIVERY),
    REORDER_NOW(StockRisk.REORDER_NOW),
    OK(StockRisk.OK),
    NO_STOCK_DATA(StockRisk.NO_STOCK_DATA);

    private final String label;
    private final Set<StockRisk> risks;

    RiskChoice(String label, Set<StockRisk> risks) {
        this.label = label;
        this.risks = risks;
    }

    RiskChoice(StockRisk risk) {
        this(risk.label(), Set.of(risk));
    }

    String label() {
        return label;
    }

    Set<StockRisk> risks() {
        return risks;
    }

    static RiskChoice[] all() {
        return Arrays.copyOf(values(), values().length);
    }
}
