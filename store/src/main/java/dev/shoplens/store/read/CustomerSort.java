package dev.shoplens.store.read;

/**
 * A column the customer list can be sorted by. Each names its SQL expression here, so the text of a query only
 * ever holds these fixed expressions, never what a user sent.
 */
public enum CustomerSort {
    CUSTOMER_ID("f.customer_id"),
    FIRST_SEEN("f.first_seen"),
    LAST_ORDER("f.last_order_at"),
    TOTAL_ORDERS("f.total_orders"),
    TOTAL_REVENUE("f.total_revenue"),
    CHURN_PROBABILITY("s.churn_probability"),
    PURCHASE_PROBABILITY("s.purchase_probability"),
    EXPECTED_REVENUE("s.expected_revenue_90d"),
    SEGMENT("s.segment_name");

    private final String expression;

    CustomerSort(String expression) {
        this.expression = expression;
    }

    String expression() {
        return expression;
    }

    /** Whether the column is a score's (joined from the scores) rather than a feature's. */
    boolean onScores() {
        return expression.startsWith("s.");
    }

    /** One sort key and its direction. */
    public record Order(CustomerSort column, boolean descending) {

        public Order {
            if (column == null) {
                throw new IllegalArgumentException("a sort order needs a column");
            }
        }

        String sql() {
            return column.expression + (descending ? " DESC" : " ASC") + " NULLS LAST";
        }
    }
}
