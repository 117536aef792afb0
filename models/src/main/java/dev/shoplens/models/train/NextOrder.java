package dev.shoplens.models.train;

/**
 * The expected days until a customer's next order, derived rather than regressed, from either the orders expected
 * over a horizon or the probability of an order within one, both read as a steady rate. Waits beyond a year are not
 * given. The simulation test measures both against the real waits; the purchase probability's is the closer one
 * (mean absolute error 64 against 70 days) and is the one scores carry.
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
