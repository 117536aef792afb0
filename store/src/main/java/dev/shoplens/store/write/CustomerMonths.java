package dev.shoplens.store.write;

import dev.shoplens.orders.OrderRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Cohorts page's summary, {@code customer_months} (schema version 6): each customer's purchases per calendar
 * month with the month of their first purchase. A batch of orders can move a customer's first month (an earlier
 * order arriving late), so the writer recomputes every month of the batch's customers from the stored orders
 * rather than adding the batch to what is there: a replay then leaves the same rows as one pass.
 */
final class CustomerMonths {

    /** Months as year × 12 + month - 1, in SQL both engines share (EXTRACT is standard in both). */
    static final String MONTH = "EXTRACT(YEAR FROM time) * 12 + EXTRACT(MONTH FROM time) - 1";

    private CustomerMonths() {}

    /** The customers a batch of orders names (orders without a customer belong to no cohort), in a fixed order. */
    static List<String> customers(List<OrderRow> orders) {
        Set<String> ids = new TreeSet<>();
        for (OrderRow order : orders) {
            if (order.customerId() != null) {
                ids.add(order.customerId());
            }
        }
        return new ArrayList<>(ids);
    }

    /**
     * The rows of {@code customer_months} for the customers {@code customers} selects (a subquery or a list of
     * literals), from the orders {@code orders} names ({@code orders} or {@code orders FINAL}), in its column order.
     * Amounts are summed onto the money grid (four decimals): a plain sum of doubles depends on the order the engine
     * reads the orders in, and two imports of the same file stored 1,099.63 and 1,099.6299999999999.
     */
    static String select(String orders, String customers) {
        return "SELECT customer_id, month, min(month) OVER (PARTITION BY customer_id) AS cohort, count(*) AS purchases,"
                + " round(sum(amount), 4) AS amount FROM (SELECT customer_id, CAST(" + MONTH
                + " AS INTEGER) AS month, amount"
                + " FROM " + orders + " WHERE kind = 'purchase' AND customer_id IN (" + customers + ")) AS p"
                + " GROUP BY customer_id, month";
    }
}
