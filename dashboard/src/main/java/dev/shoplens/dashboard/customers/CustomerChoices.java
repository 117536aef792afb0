package dev.shoplens.dashboard.customers;

import dev.shoplens.store.read.CustomerFilter.ChurnRisk;
import dev.shoplens.store.read.CustomerFilter.LastOrder;

/** How the filter choices read on screen. */
final class CustomerChoices {

    private CustomerChoices() {}

    static String label(ChurnRisk risk) {
        return switch (risk) {
            case LOW -> "Low (under 30%)";
            case MEDIUM -> "Medium (30–60%)";
            case HIGH -> "High (60% or more)";
        };
    }

    static String label(LastOrder lastOrder) {
        return switch (lastOrder) {
            case WITHIN_30_DAYS -> "Within 30 days";
            case DAYS_30_TO_90 -> "30 to 90 days ago";
            case OVER_90_DAYS -> "Over 90 days ago";
            case NEVER -> "Never";
        };
    }
}
