package dev.shoplens.store.read;

import java.time.Instant;

/**
 * One customer as the Customers page lists it: features and, where the models have scored the customer, the
 * newest scores (null otherwise). {@code featuresAsOf} is the event time the features reflect.
 */
public record CustomerRow(
        String customerId,
        Instant firstSeen,
        Instant lastOrderAt,
        int totalOrders,
        double totalRevenue,
        int orders90d,
        double revenue90d,
        int sessions30d,
        Double churnProbability,
        Double purchaseProbability,
        Double expectedRevenue90d,
        String segmentName,
        Instant featuresAsOf) {}
