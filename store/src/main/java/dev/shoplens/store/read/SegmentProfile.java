package dev.shoplens.store.read;

/**
 * A segment as the customers in it look today: how many they are and the mean of each feature the segment model
 * clusters on (see {@code ModelFeatures.SEGMENTS}), plus what they have spent in all. A mean over no values (no
 * customer with an order value or a cart yet) is null.
 *
 * @param meanDaysSinceLastOrder days since the last order, or since the first visit for customers who never ordered
 */
public record SegmentProfile(
        int segmentId,
        String name,
        long customers,
        double meanDaysSinceLastOrder,
        double meanOrders,
        double meanRevenue90d,
        Double meanOrderValue,
        double meanSessions30d,
        double meanTenureDays,
        Double meanCartAbandonment,
        double totalRevenue) {}
