package dev.shoplens.store.read;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The shop today against the same weekday a week before, and the customers at risk, for the Overview page.
 * "Today" is the UTC day of the newest event (event time), {@code until} that event's time.
 *
 * <p>Figures from orders and first purchases compare like with like: today up to {@code until} against last week's
 * day up to the same time of day. Active customers and conversion of last week come from that day's closed
 * customer-days (the whole day), as the store keeps no customer's activity by the minute; today's are so far.
 *
 * @param today the day, null in an empty store (every figure is then zero)
 * @param atRiskCustomers customers whose churn probability is in the high band
 * @param atRiskRevenue90d what those customers spent over their last 90 days
 */
public record ShopPulse(
        LocalDate today, Instant until, Day now, Day weekAgo, long atRiskCustomers, double atRiskRevenue90d) {

    /** An empty store's pulse. */
    static final ShopPulse NONE = new ShopPulse(null, null, Day.NONE, Day.NONE, 0, 0);

    /**
     * One day's figures.
     *
     * @param revenue purchases minus returns
     * @param buyers distinct customers with a purchase
     * @param newCustomers customers whose first purchase ever fell in the window
     * @param activeCustomers customers with any event that day
     * @param convertedCustomers of the active customers, those who bought: the numerator of the conversion
     */
    public record Day(
            long orders,
            double revenue,
            long buyers,
            long newCustomers,
            long activeCustomers,
            long convertedCustomers) {

        static final Day NONE = new Day(0, 0, 0, 0, 0, 0);

        /** The share of active customers who bought; null without active customers. */
        public Double conversion() {
            return activeCustomers == 0 ? null : (double) convertedCustomers / activeCustomers;
        }
    }
}
