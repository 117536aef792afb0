package dev.shoplens.jobs.customers;

import dev.shoplens.event.ShopEvent;

/**
 * The little a customer's day needs of one event: who, when, what and the amount. Events are cut down to this before
 * they are keyed, so the shuffle to the daily counts carries a few fields rather than whole events (the feature job's
 * throughput is bound by moving events around).
 */
public record CustomerActivity(String customerId, long time, Kind kind, double amount) {

    public enum Kind {
        VIEW,
        CART_ADD,
        ORDER,
        RETURN
    }

    /** Whether the event counts in a customer's day: a known customer's view, cart add, purchase or return. */
    public static boolean counts(ShopEvent event) {
        return event.customerId() != null
                && switch (event.type()) {
                    case VIEW, CART_ADD, PURCHASE, RETURN -> true;
                    case CART_REMOVE, STOCK -> false;
                };
    }

    public static CustomerActivity of(ShopEvent event) {
        Kind kind =
                switch (event.type()) {
                    case VIEW -> Kind.VIEW;
                    case CART_ADD -> Kind.CART_ADD;
                    case PURCHASE -> Kind.ORDER;
                    case RETURN -> Kind.RETURN;
                    case CART_REMOVE, STOCK -> throw new IllegalArgumentException(
                            "not a customer's activity: " + event.type());
                };
        double amount = kind == Kind.ORDER || kind == Kind.RETURN ? event.linesAmount() : 0;
        return new CustomerActivity(event.customerId(), event.time().toEpochMilli(), kind, amount);
    }
}
