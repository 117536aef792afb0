package dev.shoplens.models.recommend;

/**
 * How the recommender weighs a customer's own products against what customers like them buy.
 *
 * @param size how many products each list holds
 * @param neighbours how many of the most similar customers (cosine of their products' order counts) are asked
 * @param ownWeight the weight of the customer's own products, the rest going to their neighbours'
 * @param popularDays the days before the cut-off over which a product's current buyers are counted
 * @param popularityExponent how much a product's current buyers lift it: score × (1 + buyers)^exponent, so that
 *     products nobody buys any more (out of range, out of season) fall behind those still selling
 * @param halfLifeDays how fast a customer's older orders count less in their products' weights: an order this many
 *     days before the cut-off counts half; 0: every order counts the same
 */
public record RecommenderSettings(
        int size, int neighbours, double ownWeight, int popularDays, double popularityExponent, double halfLifeDays) {

    /** Every order counting the same. */
    public RecommenderSettings(int size, int neighbours, double ownWeight, int popularDays, double popularityExponent) {
        this(size, neighbours, ownWeight, popularDays, popularityExponent, 0);
    }

    public RecommenderSettings {
        if (size < 1 || neighbours < 0 || popularDays < 1) {
            throw new IllegalArgumentException("size and popularDays at least 1, neighbours not negative");
        }
        if (ownWeight < 0 || ownWeight > 1 || popularityExponent < 0 || halfLifeDays < 0) {
            throw new IllegalArgumentException("ownWeight in 0..1, popularityExponent and halfLifeDays not negative");
        }
    }

    /** Chosen on rolling origins of a real shop's history (docs/recommendations.md). */
    public static RecommenderSettings defaults() {
        return new RecommenderSettings(10, 50, 0.5, 28, 0.3, 365);
    }
}
