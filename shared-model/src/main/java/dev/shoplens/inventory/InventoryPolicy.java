package dev.shoplens.inventory;

/**
 * How a product is replenished: days from ordering to delivery, the chance of not running out before a delivery
 * that the reorder point aims for (the cycle service level), and the days between two looks at the stock. Lead
 * time plus review period must fit in the forecast horizon, since the order quantity covers both.
 */
public record InventoryPolicy(int leadTimeDays, double serviceLevel, int reviewDays) {

    /** Days of demand every forecast covers; lead time and review period together must fit in it. */
    public static final int HORIZON_DAYS = 28;

    public static final double MIN_SERVICE_LEVEL = 0.5;
    public static final double MAX_SERVICE_LEVEL = 0.999;

    /** For a product whose product and category have no settings of their own. */
    public static final InventoryPolicy DEFAULT = new InventoryPolicy(7, 0.95, 7);

    public InventoryPolicy {
        if (reviewDays < 1 || reviewDays > HORIZON_DAYS - 1) {
            throw new IllegalArgumentException("review period must lie in 1.." + (HORIZON_DAYS - 1) + " days");
        }
        if (leadTimeDays < 1 || leadTimeDays + reviewDays > HORIZON_DAYS) {
            throw new IllegalArgumentException("lead time must lie in 1.." + (HORIZON_DAYS - reviewDays)
                    + " days (lead time plus the " + reviewDays + "-day review period within the " + HORIZON_DAYS
                    + "-day forecast), was " + leadTimeDays);
        }
        if (!(serviceLevel >= MIN_SERVICE_LEVEL && serviceLevel <= MAX_SERVICE_LEVEL)) {
            throw new IllegalArgumentException("service level must lie in " + MIN_SERVICE_LEVEL + ".."
                    + MAX_SERVICE_LEVEL + ", was " + serviceLevel);
        }
    }

    /** The longest lead time the default review period allows. */
    public static int maxLeadTimeDays() {
        return HORIZON_DAYS - DEFAULT.reviewDays();
    }

    public InventoryPolicy with(int newLeadTimeDays, double newServiceLevel) {
        return new InventoryPolicy(newLeadTimeDays, newServiceLevel, reviewDays);
    }
}
