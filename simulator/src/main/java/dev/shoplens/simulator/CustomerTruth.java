package dev.shoplens.simulator;

import java.time.Instant;

/**
 * The hidden traits of one simulated customer, so that model tests can compare predictions with the truth.
 *
 * @param arrivedAt when the customer first existed: {@code start} for the initial customers, else their first visit
 * @param sessionsPerWeek the customer's average visit rate while active (before daily and weekly patterns)
 * @param purchaseProbabilityPerSession chance that a session is meant to end in a purchase; a stock-out can still
 *     turn it into a lost sale
 * @param droppedOutAt when the customer became permanently inactive (the time of their last purchase), or null if
 *     still active as far as the simulation has run
 */
public record CustomerTruth(
        String customerId,
        Instant arrivedAt,
        double sessionsPerWeek,
        double purchaseProbabilityPerSession,
        Instant droppedOutAt) {

    public boolean isActive() {
        return droppedOutAt == null;
    }
}
