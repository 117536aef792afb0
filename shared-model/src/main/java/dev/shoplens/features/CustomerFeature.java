package dev.shoplens.features;

/**
 * The customer features by name. The column names are the store's and the models' feature names; the words a
 * manager reads for them, in each language, are the models' ({@code feature.<column>} in their word tables).
 */
public enum CustomerFeature {
    DAYS_SINCE_LAST_ORDER("days_since_last_order"),
    ORDERS_7D("orders_7d"),
    ORDERS_30D("orders_30d"),
    ORDERS_90D("orders_90d"),
    REVENUE_7D("revenue_7d"),
    REVENUE_30D("revenue_30d"),
    REVENUE_90D("revenue_90d"),
    TOTAL_ORDERS("total_orders"),
    TOTAL_REVENUE("total_revenue"),
    AVG_ORDER_VALUE("avg_order_value"),
    VIEWS_7D("views_7d"),
    CART_ADDS_7D("cart_adds_7d"),
    ABANDONED_CARTS_30D("abandoned_carts_30d"),
    CART_ABANDONMENT_RATE_30D("cart_abandonment_rate_30d"),
    SESSIONS_30D("sessions_30d"),
    TENURE_DAYS("tenure_days"),
    MEAN_DAYS_BETWEEN_ORDERS("mean_days_between_orders"),
    RETURN_RATE("return_rate"),
    DISTINCT_CATEGORIES("distinct_categories");

    private final String column;

    CustomerFeature(String column) {
        this.column = column;
    }

    public String column() {
        return column;
    }
}
