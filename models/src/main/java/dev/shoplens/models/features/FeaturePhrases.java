package dev.shoplens.models.features;

import dev.shoplens.features.CustomerFeature;
import dev.shoplens.features.CustomerFeatures;
import java.util.Locale;

/** A customer's feature value as a manager would say it: "no order for 64 days", "3 carts abandoned in 30 days". */
public final class FeaturePhrases {

    private FeaturePhrases() {}

    public static String phrase(CustomerFeature feature, CustomerFeatures c) {
        double v = ModelFeatures.raw(feature, c);
        return switch (feature) {
            case DAYS_SINCE_LAST_ORDER -> c.totalOrders() == 0
                    ? "no order yet in " + count(v, "day")
                    : "no order for " + count(v, "day");
            case ORDERS_7D -> count(v, "order") + " this week";
            case ORDERS_30D -> count(v, "order") + " in the last 30 days";
            case ORDERS_90D -> count(v, "order") + " in the last 90 days";
            case REVENUE_7D -> "spent " + money(v) + " this week";
            case REVENUE_30D -> "spent " + money(v) + " in the last 30 days";
            case REVENUE_90D -> "spent " + money(v) + " in the last 90 days";
            case TOTAL_ORDERS -> count(v, "order") + " in all";
            case TOTAL_REVENUE -> "spent " + money(v) + " in all";
            case AVG_ORDER_VALUE -> Double.isNaN(v) ? "no order value yet" : "average order of " + money(v);
            case VIEWS_7D -> count(v, "product view") + " this week";
            case CART_ADDS_7D -> count(v, "item") + " added to cart this week";
            case ABANDONED_CARTS_30D -> count(v, "cart") + " abandoned in the last 30 days";
            case CART_ABANDONMENT_RATE_30D -> Double.isNaN(v)
                    ? "no cart in the last 30 days"
                    : percent(v) + " of carts abandoned in 30 days";
            case SESSIONS_30D -> count(v, "visit") + " in the last 30 days";
            case TENURE_DAYS -> "customer for " + count(v, "day");
            case MEAN_DAYS_BETWEEN_ORDERS -> Double.isNaN(v)
                    ? "fewer than two orders"
                    : "orders every " + count(v, "day") + " on average";
            case RETURN_RATE -> Double.isNaN(v) ? "nothing bought yet" : percent(v) + " of bought units returned";
            case DISTINCT_CATEGORIES -> count(v, "product category", "product categories") + " viewed or bought";
        };
    }

    public static String count(double value, String singular) {
        return count(value, singular, singular + "s");
    }

    public static String count(double value, String singular, String plural) {
        long n = Math.round(value);
        return n + " " + (n == 1 ? singular : plural);
    }

    public static String money(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    /** A contribution with its sign and one decimal: "+0.9", "-0.3". */
    public static String signed(double value) {
        return String.format(Locale.ROOT, "%+.1f", value);
    }
}
