package dev.shoplens.dashboard.inventory;

import dev.shoplens.dashboard.i18n.Texts;
import dev.shoplens.inventory.StockRisk;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The risk filter's choices: everything, everything at risk, or one risk. */
enum RiskChoice {
    ALL("inventory.allProducts", Set.of()),
    AT_RISK(
            "inventory.atRisk",
            EnumSet.of(StockRisk.OUT_OF_STOCK, StockRisk.STOCK_OUT_BEFORE_DELIVERY, StockRisk.REORDER_NOW)),
    OUT_OF_STOCK(StockRisk.OUT_OF_STOCK),
    STOCK_OUT_BEFORE_DELIVERY(StockRisk.STOCK_OUT_BEFORE_DELIVERY),
    REORDER_NOW(StockRisk.REORDER_NOW),
    OK(StockRisk.OK),
    NO_STOCK_DATA(StockRisk.NO_STOCK_DATA);

    private final String key;
    private final Set<StockRisk> risks;

    RiskChoice(String key, Set<StockRisk> risks) {
        this.key = key;
        this.risks = risks;
    }

    RiskChoice(StockRisk risk) {
        this(key(risk), Set.of(risk));
    }

    String label() {
        return Texts.of(key);
    }

    /** A risk in the page's language (the shared model's label is English, for logs and the command line). */
    static String label(StockRisk risk) {
        return Texts.of(key(risk));
    }

    private static String key(StockRisk risk) {
        return "inventory.risk." + risk.name().toLowerCase(Locale.ROOT);
    }

    Set<StockRisk> risks() {
        return risks;
    }

    static RiskChoice[] all() {
        return Arrays.copyOf(values(), values().length);
    }
}
