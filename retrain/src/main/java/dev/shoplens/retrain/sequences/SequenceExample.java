package dev.shoplens.retrain.sequences;

import java.time.Instant;

/**
 * One customer's sequence ending at a cut-off, with what happened after it.
 *
 * @param values {@code [channel][day]} on the network's scales, the day before the cut-off last
 * @param purchase whether they bought within the purchase horizon after the cut-off; null when that has not passed
 * @param churn whether they bought nothing within the churn horizon after it; null when that has not passed
 */
public record SequenceExample(String customerId, Instant cutOff, float[][] values, Boolean purchase, Boolean churn) {}
