package dev.shoplens.dashboard.overview;

import dev.shoplens.dashboard.i18n.Figures;

/** How a figure moved against the week before, as the Overview's cards write it. */
final class Comparison {

    private Comparison() {}

    /**
     * " (+12%)": the relative change from {@code before} to {@code now}; empty where {@code before} is zero or
     * missing, as a change from nothing has no percentage.
     */
    static String change(Double now, Double before) {
        if (now == null || before == null || before == 0) {
            return "";
        }
        double change = (now - before) / Math.abs(before);
        return " (" + (change > 0 ? "+" : "") + Figures.percent(change) + ")";
    }
}
