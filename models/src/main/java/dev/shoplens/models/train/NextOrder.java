package dev.shoplens.models.train;

/**
 * The expected days until a customer's next order, derived rather than regressed: with orders arriving at a steady
 * rate, the expected wait is the horizon divided by the orders expected in it. Waits beyond a year are not given.
 * The simulation test compares this with the wait implied by the purchase probability and with the actual days.
 */
public final class NextOrder {

    static final double LONGEST_DAYS = 365;

    private NextOrder() {}

    /** Days until the next order from the orders expected over {@code horizonDays}; NaN when beyond a year. */
    public static double fromExpectedOrders(double expectedOrders, double horizonDays) {
        double days = horizonDays / expectedOrders;
        return expectedOrders > 0 && days <= LONGEST_DAYS ? days : Double.NaN;
    }

    /**
     * Days until the next order from the probability of an order within {@code horizonDays}: a constant daily
     * rate {@code -ln(1 - p) / horizon}, whose expected wait is its inverse; NaN when beyond a year.
     */
    public static double fromPurchaseProbability(double probability, double horizonDays) {
        double rate = -Math.log(1 - Math.min(probability, 1 - 1e-9)) / horizonDays;
        double days = 1 / rate;
        return rate > 0 && days <= LONGEST_DAYS ? days : Double.NaN;
    }
}
