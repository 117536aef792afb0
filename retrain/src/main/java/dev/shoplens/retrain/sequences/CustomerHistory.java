package dev.shoplens.retrain.sequences;

import dev.shoplens.orders.OrderRow;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** What the store knows of one customer: when they were first seen and their purchases and returns, oldest first. */
public record CustomerHistory(String customerId, Instant firstSeen, List<OrderRow> orders) {

    public CustomerHistory {
        if (customerId == null || firstSeen == null) {
            throw new IllegalArgumentException("a customer needs an id and a first-seen time");
        }
        orders = orders.stream().sorted(Comparator.comparing(OrderRow::time)).toList();
    }

    /** Whether the customer existed before {@code cutOff}: only they get a sequence ending there. */
    public boolean knownBefore(Instant cutOff) {
        return firstSeen.isBefore(cutOff);
    }
}
