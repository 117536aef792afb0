package dev.shoplens.models.demand;

/**
 * How the nightly demand forest is fitted (Breiman, "Random Forests", Machine Learning 45, 2001: bagged CART
 * regression trees, each split choosing among a random share of the features).
 *
 * @param trees trees in the forest
 * @param maxDepth deepest split of a tree
 * @param featureFraction share of the features each split may choose among
 * @param minChildWeight least weight (the products' scales add up to it) a leaf may hold, so a leaf speaks for
 *     enough units rather than one product's lucky week
 * @param origins weekly forecast origins each fit learns from, the newest first
 * @param seed seeds the bootstrap samples and the features each split sees: the same days give the same forest
 */
public record ForestSettings(
        int trees, int maxDepth, float featureFraction, float minChildWeight, int origins, long seed) {

    public ForestSettings {
        if (trees < 1 || maxDepth < 1 || origins < 1) {
            throw new IllegalArgumentException("trees, depth and origins must be at least 1");
        }
        if (!(featureFraction > 0 && featureFraction <= 1) || !(minChildWeight > 0)) {
            throw new IllegalArgumentException("featureFraction must lie in (0, 1], minChildWeight above 0");
        }
    }

    public static ForestSettings defaults() {
        return new ForestSettings(16, 8, 0.5f, 5f, 6, 42);
    }
}
