package dev.shoplens.models.recommend;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Customers' orders of products: who bought what, in which order, when. What the recommenders learn from; a backtest
 * fills it with the calibration period's purchases. Plain Java, deterministic (customers in id order).
 */
public final class PurchaseLog {

    /** One order: when it was first seen, and its distinct products. */
    public record Order(long time, Set<String> products) {}

    private final Map<String, Map<String, Order>> byCustomer = new TreeMap<>();

    /** A line of an order: the order is as old as its first line. */
    public void add(String customerId, String orderId, String productId, long time) {
        Map<String, Order> orders = byCustomer.computeIfAbsent(customerId, c -> new TreeMap<>());
        Order order = orders.get(orderId);
        if (order == null) {
            order = new Order(time, new LinkedHashSet<>());
            orders.put(orderId, order);
        } else if (time < order.time()) {
            order = new Order(time, order.products());
            orders.put(orderId, order);
        }
        order.products().add(productId);
    }

    /**
     * Whether the orders name at least two products: a transaction log without a product column gives every line
     * the same one, and nothing can be recommended from it.
     */
    public boolean namesProducts() {
        String first = null;
        for (Map<String, Order> orders : byCustomer.values()) {
            for (Order order : orders.values()) {
                for (String product : order.products()) {
                    if (first == null) {
                        first = product;
                    } else if (!first.equals(product)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Every customer with an order, by id. */
    public Set<String> customers() {
        return byCustomer.keySet();
    }

    /** A customer's orders, oldest first. */
    public List<Order> orders(String customerId) {
        Collection<Order> orders = byCustomer.getOrDefault(customerId, Map.of()).values();
        List<Order> sorted = new ArrayList<>(orders);
        sorted.sort(java.util.Comparator.comparingLong(Order::time));
        return sorted;
    }
}
