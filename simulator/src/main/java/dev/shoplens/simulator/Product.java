package dev.shoplens.simulator;

/**
 * One catalogue item. {@code popularity} is its Zipf-like base weight within the shop; {@code trendPerDay} makes it
 * slowly gain or lose favour (log-scale drift, bounded so no product vanishes or takes over).
 */
record Product(
        int index, String id, int category, String categoryName, double price, double popularity, double trendPerDay) {

    private static final double MAX_LOG_TREND = 1.5;

    /** Relative chance of being picked within its category on the given day since start. */
    double weightOn(int day) {
        double drift = Math.max(-MAX_LOG_TREND, Math.min(MAX_LOG_TREND, trendPerDay * day));
        return popularity * StrictMath.exp(drift);
    }
}
