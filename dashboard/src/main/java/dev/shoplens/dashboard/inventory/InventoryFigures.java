package dev.shoplens.dashboard.inventory;

import dev.shoplens.forecast.ForecastAccuracy;
import java.util.Locale;

/** How the Inventory page writes its numbers: one fixed locale, so a figure reads the same for every user. */
final class InventoryFigures {

    static final String NONE = "–";

    private InventoryFigures() {}

    static String units(Integer value) {
        return value == null ? NONE : String.format(Locale.ENGLISH, "%,d", value);
    }

    static String decimal(Double value) {
        return value == null ? NONE : String.format(Locale.ENGLISH, "%,.1f", value);
    }

    static String percent(Double ratio) {
        return ratio == null ? NONE : String.format(Locale.ENGLISH, "%.0f%%", ratio * 100);
    }

    static String servicePercent(double ratio) {
        return String.format(Locale.ENGLISH, "%.1f%%", ratio * 100).replace(".0%", "%");
    }

    /** Days the stock lasts, or "> 28" where it outlasts the forecast. */
    static String cover(Double days, Integer stock) {
        if (stock == null) {
            return NONE;
        }
        return days == null ? "> 28" : decimal(days);
    }

    /** "38% (naive 52%)": how far off the forecasts were, beside what repeating last week would have been. */
    static String error(ForecastAccuracy accuracy) {
        if (accuracy.wape() == null) {
            return "not measured yet";
        }
        return percent(accuracy.wape()) + " (naive " + percent(accuracy.naiveWape()) + ")";
    }
}
