package dev.shoplens.features;

/**
 * The customer features by name, with the words a manager reads next to them. The column names are the store's
 * and the models' feature names.
 */
public enum CustomerFeature {
    DAYS_SINCE_LAST_ORDER("days_since_last_order", "days since the last order"),
    ORDERS_7D("orders_7d", "orders in the last 7 days"),
    ORDERS_30D("orders_30d", "orders in the last 30 days"),
    ORDERS_90D("orders_90d", "orders in the last 90 days"),
    REVENUE_7D("revenue_7d", "spend in the last 7 days"),
    REVENUE_30D("revenue_30d", "spend in the last 30 days"),
    REVENUE_90D("revenue_90d", "spend in the last 90 days"),
    TOTAL_ORDERS("total_orders", "orders since the first visit"),
    TOTAL_REVENUE("total_revenue", "spend since the first visit"),
    AVG_ORDER_VALUE("avg_order_value", "average order value"),
    VIEWS_7D("views_7d", "product views in the last 7 days"),
    CART_ADDS_7D("cart_adds_7d", "items added to cart in the last 7 days"),
    ABANDONED_CARTS_30D("abandoned_carts_30d", "carts abandoned in the last 30 days"),
    CART_ABANDONMENT_RATE_30D("cart_abandonment_rate_30d", "share of carts abandoned in the last 30 days"),
    SESSIONS_30D("sessions_30d", "visits in the last 30 days"),
    TENURE_DAYS("tenure_days", "days since the first visit"),
    MEAN_DAYS_BETWEEN_ORDERS("mean_days_between_orders", "average days between orders"),
    RETURN_RATE("return_rate", "share of bought units returned"),
    DISTINCT_CATEGORIES("distinct_categories", "product categories viewed or bought");

    private final String column;
    private final String words;

    CustomerFeature(String column, String words) {
        this.column = column;
        this.words = words;
    }

    public String column() {
        return column;
    }

    public String words() {
        return words;
    }
}
