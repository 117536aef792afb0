package dev.shoplens.features;

import java.io.Serializable;
import java.time.Instant;

/**
 * A customer's behaviour as of one event time ({@code asOf}): what the churn, purchase and value models read.
 * Windows are trailing windows ending at {@code asOf}. Nullable fields have no value yet (no order so far, fewer
 * than two orders for the gap between orders).
 */
public record CustomerFeatures(
        String customerId,
        Instant asOf,
        Instant firstSeen,
        Instant lastOrderAt,
        Double daysSinceLastOrder,
        int orders7d,
        int orders30d,
        int orders90d,
        double revenue7d,
        double revenue30d,
        double revenue90d,
        int totalOrders,
        double totalRevenue,
        Double avgOrderValue,
        int views7d,
        int cartAdds7d,
        int abandonedCarts30d,
        Double cartAbandonmentRate30d,
        int sessions30d,
        double tenureDays,
        Double meanDaysBetweenOrders,
        Double returnRate,
        int distinctCategories)
        implements Serializable {}
