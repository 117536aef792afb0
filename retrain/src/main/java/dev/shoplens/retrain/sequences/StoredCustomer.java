package dev.shoplens.retrain.sequences;

import dev.shoplens.orders.OrderRow;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * What the store knows of one customer: when they were first seen, their purchases and returns, and their daily
 * views and cart adds, each oldest first.
 */
public record StoredCustomer(String customerId, Instant firstSeen, List<OrderRow> orders, List<DailyActivity> days) {

    public StoredCustomer {
        if (customerId == null || firstSeen == null) {
            throw new IllegalArgumentException("a customer needs an id and a first-seen time");
        }
        orders = orders.stream().sorted(Comparator.comparing(OrderRow::time)).toList();
        days = days.stream().sorted(Comparator.comparing(DailyActivity::day)).toList();
    }

    /** A customer of whom only orders are known (no daily views or cart adds). */
    public StoredCustomer(String customerId, Instant firstSeen, List<OrderRow> orders) {
        this(customerId, firstSeen, orders, List.of());
    }

    /** Whether the customer existed before {@code cutOff}: only they get a sequence ending there. */
    public boolean knownBefore(Instant cutOff) {
        return firstSeen.isBefore(cutOff);
    }
}
