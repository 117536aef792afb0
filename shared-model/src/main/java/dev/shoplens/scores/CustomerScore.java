package dev.shoplens.scores;

import java.time.Instant;

/**
 * A customer's newest predictions, each with the version of the model that made it, as of one event time. A
 * prediction whose model has no serving version yet is null, with a null version.
 *
 * @param churnReasons the largest contributions to the churn score without words, each a fact's code, the
 *     customer's figure and the contribution ("days_since_last_order=64:+0.93;sessions_30d=0:+0.41"; the models'
 *     {@code ReasonCodec} writes it, {@code ReasonPhrases} reads it in a language). Rows of earlier releases hold
 *     English sentences ("no order for 64 days: +0.9; ..."), which the same reader still reads.
 * @param purchaseReasons the same for the purchase score
 * @param changes what changed since the customer's previous score, without words likewise
 *     ("churn|0.42|0.61|2026-03-01|4|5|days_since_last_order=40:+0.31"); null for a first score
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
