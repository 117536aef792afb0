package dev.shoplens.dashboard.cohorts;

/** What the cohort heatmap colours by. */
enum Measure {
    CUSTOMERS("Customers who bought (% of the cohort)"),
    REVENUE("Revenue");

    private final String label;

    Measure(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
