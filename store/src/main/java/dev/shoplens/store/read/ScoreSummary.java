package dev.shoplens.store.read;

import java.time.Instant;

/**
 * The customers' current scores in aggregate: how many are scored, how churn and purchase probabilities spread (ten
 * bins of 10 points each, the last including 100%), what the value model expects over the next 90 days, and how
 * many customers are at high churn risk. {@code asOf} is the newest score's event time (null without scores).
 */
public record ScoreSummary(
        long scored,
        long[] churnBins,
        long[] purchaseBins,
        double expectedOrders90d,
        double expectedRevenue90d,
        long highChurnRisk,
        Instant asOf) {

    public static final int BINS = 10;
}
