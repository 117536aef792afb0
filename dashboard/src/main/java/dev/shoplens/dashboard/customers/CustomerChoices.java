package dev.shoplens.dashboard.customers;

import dev.shoplens.dashboard.i18n.Texts;
import dev.shoplens.store.read.CustomerFilter.ChurnRisk;
import dev.shoplens.store.read.CustomerFilter.LastOrder;

/** How the filter choices read on screen. */
final class CustomerChoices {

    private CustomerChoices() {}

    static String label(ChurnRisk risk) {
        return switch (risk) {
            case LOW -> Texts.of("risk.low");
            case MEDIUM -> Texts.of("risk.medium");
            case HIGH -> Texts.of("risk.high");
        };
    }

    static String label(LastOrder lastOrder) {
        return switch (lastOrder) {
            case WITHIN_30_DAYS -> Texts.of("lastOrder.within30");
            case DAYS_30_TO_90 -> Texts.of("lastOrder.30to90");
            case OVER_90_DAYS -> Texts.of("lastOrder.over90");
            case NEVER -> Texts.of("lastOrder.never");
        };
    }
}
