package dev.shoplens.models.features;

import dev.shoplens.features.CustomerFeature;
import dev.shoplens.features.CustomerFeatures;
import java.util.List;

/**
 * The raw values the models read from {@link CustomerFeatures}, named as {@link CustomerFeature} names them. A value
 * that does not exist yet is NaN, which scaling turns into "no information" (zero); the one exception is the days
 * since the last order of a customer who never ordered: that is the time since their first visit, which is what a
 * manager means by "no order for 64 days".
 */
public final class ModelFeatures {

    /** What the churn, purchase and value models read: every customer feature. */
    public static final List<CustomerFeature> ALL = List.of(CustomerFeature.values());

    /** What segments are made of: value and behaviour, not the short windows that flicker from day to day. */
    public static final List<CustomerFeature> SEGMENTS = List.of(
            CustomerFeature.DAYS_SINCE_LAST_ORDER,
            CustomerFeature.TOTAL_ORDERS,
            CustomerFeature.REVENUE_90D,
            CustomerFeature.AVG_ORDER_VALUE,
            CustomerFeature.SESSIONS_30D,
            CustomerFeature.TENURE_DAYS,
            CustomerFeature.CART_ABANDONMENT_RATE_30D);

    private ModelFeatures() {}

    public static double raw(CustomerFeature feature, CustomerFeatures c) {
        return switch (feature) {
            case DAYS_SINCE_LAST_ORDER -> c.daysSinceLastOrder() == null ? c.tenureDays() : c.daysSinceLastOrder();
            case ORDERS_7D -> c.orders7d();
            case ORDERS_30D -> c.orders30d();
            case ORDERS_90D -> c.orders90d();
            case REVENUE_7D -> c.revenue7d();
            case REVENUE_30D -> c.revenue30d();
            case REVENUE_90D -> c.revenue90d();
            case TOTAL_ORDERS -> c.totalOrders();
            case TOTAL_REVENUE -> c.totalRevenue();
            case AVG_ORDER_VALUE -> orNaN(c.avgOrderValue());
            case VIEWS_7D -> c.views7d();
            case CART_ADDS_7D -> c.cartAdds7d();
            case ABANDONED_CARTS_30D -> c.abandonedCarts30d();
            case CART_ABANDONMENT_RATE_30D -> orNaN(c.cartAbandonmentRate30d());
            case SESSIONS_30D -> c.sessions30d();
            case TENURE_DAYS -> c.tenureDays();
            case MEAN_DAYS_BETWEEN_ORDERS -> orNaN(c.meanDaysBetweenOrders());
            case RETURN_RATE -> orNaN(c.returnRate());
            case DISTINCT_CATEGORIES -> c.distinctCategories();
        };
    }

    public static double[] raw(List<CustomerFeature> features, CustomerFeatures c) {
        double[] values = new double[features.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = raw(features.get(i), c);
        }
        return values;
    }

    /** Shares are already on a small scale; counts, money and days are skewed and are scaled on a log scale. */
    static boolean isShare(CustomerFeature feature) {
        return feature == CustomerFeature.CART_ABANDONMENT_RATE_30D || feature == CustomerFeature.RETURN_RATE;
    }

    public static String[] names(List<CustomerFeature> features) {
        return features.stream().map(CustomerFeature::column).toArray(String[]::new);
    }

    private static double orNaN(Double value) {
        return value == null ? Double.NaN : value;
    }
}
