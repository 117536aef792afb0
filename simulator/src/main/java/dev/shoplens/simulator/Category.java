package dev.shoplens.simulator;

import java.util.List;

/**
 * A product category with its share of browsing, its weekend uplift (garden and sports get busier at weekends,
 * beauty a little quieter) and its typical price.
 */
record Category(String name, double share, double weekendUplift, double medianPrice) {

    /** The shop's fixed category list; order matters for determinism and is never reshuffled. */
    static final List<Category> ALL = List.of(
            new Category("kitchen", 0.16, 0.10, 18.0),
            new Category("garden", 0.10, 0.60, 25.0),
            new Category("toys", 0.12, 0.35, 15.0),
            new Category("electronics", 0.14, 0.20, 60.0),
            new Category("books", 0.12, 0.05, 9.0),
            new Category("fashion", 0.16, 0.30, 30.0),
            new Category("sports", 0.10, 0.40, 28.0),
            new Category("beauty", 0.10, -0.10, 12.0));

    /** How much more (or less) this category is browsed at the given time of week. */
    double seasonality(boolean weekend) {
        return weekend ? 1 + weekendUplift : 1;
    }
}
