package dev.shoplens.dashboard.cohorts;

import dev.shoplens.dashboard.i18n.Texts;

/** What the cohort heatmap colours by. */
enum Measure {
    CUSTOMERS("cohorts.measure.customers"),
    REVENUE("cohorts.measure.revenue");

    private final String key;

    Measure(String key) {
        this.key = key;
    }

    String label() {
        return Texts.of(key);
    }
}
