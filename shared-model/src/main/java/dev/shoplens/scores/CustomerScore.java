package dev.shoplens.scores;

import java.time.Instant;

/**
 * A customer's newest predictions, each with the version of the model that made it, as of one event time. A
 * prediction whose model has no serving version yet is null, with a null version.
 *
 * @param churnReasons the largest contributions to the churn score, as sentences ("no order for 64 days: +0.9"),
 *     separated by "; "
 * @param purchaseReasons the same for the purchase score
 * @param changes what changed since the customer's previous score, in words; null for a first score
 */
public record CustomerScore(
        String customerId,
        Instant asOf,
        Double churnProbability,
        Integer churnVersion,
        Double purchaseProbability,
        Integer purchaseVersion,
        Double expectedOrders90d,
        Double expectedRevenue90d,
        Instant expectedNextOrderAt,
        Integer valueVersion,
        Integer segmentId,
        String segmentName,
        Integer segmentVersion,
        String churnReasons,
        String purchaseReasons,
        String changes) {}
