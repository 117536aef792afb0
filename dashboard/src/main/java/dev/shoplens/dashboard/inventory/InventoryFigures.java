package dev.shoplens.dashboard.inventory;

import dev.shoplens.dashboard.i18n.Figures;
import dev.shoplens.dashboard.i18n.Texts;
import dev.shoplens.forecast.ForecastAccuracy;

/** How the Inventory page writes its figures, in the user's language through {@link Figures}. */
final class InventoryFigures {

    static final String NONE = Figures.NONE;

    private InventoryFigures() {}

    static String units(Integer value) {
        return Figures.count(value);
    }

    static String decimal(Double value) {
        return Figures.decimal(value, 1);
    }

    static String percent(Double ratio) {
        return Figures.percent(ratio);
    }

    static String servicePercent(double ratio) {
        return Figures.percent(ratio, 1);
    }

    /** Days the stock lasts, or "> 28" where it outlasts the forecast. */
    static String cover(Double days, Integer stock) {
        if (stock == null) {
            return NONE;
        }
        return days == null ? Texts.of("inventory.coverBeyond") : decimal(days);
    }

    /** "38% (naive 52%)": how far off the forecasts were, beside what repeating last week would have been. */
    static String error(ForecastAccuracy accuracy) {
        if (accuracy.wape() == null) {
            return Texts.of("inventory.notMeasured");
        }
        return Texts.of("inventory.errorBesideNaive", percent(accuracy.wape()), percent(accuracy.naiveWape()));
    }
}
