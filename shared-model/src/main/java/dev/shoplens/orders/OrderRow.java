package dev.shoplens.orders;

import dev.shoplens.event.EventType;
import dev.shoplens.event.ShopEvent;
import java.time.Instant;

/**
 * A purchase or a return as stored: one row per accepted event (keyed by {@code eventId}, so a replay overwrites
 * rather than adds). Amount and units are positive; {@code kind} says whether they add or subtract.
 */
public record OrderRow(
        String eventId, String orderId, String customerId, Instant time, String kind, int units, double amount) {

    public static OrderRow of(ShopEvent event) {
        return new OrderRow(
                event.eventId(),
                event.orderId(),
                event.customerId(),
                event.time(),
                kindOf(event),
                event.linesUnits(),
                event.linesAmount());
    }

    /** "purchase" or "return", as the store writes it; any other event is refused. */
    static String kindOf(ShopEvent event) {
        if (!event.type().isOrderEvent()) {
            throw new IllegalArgumentException("not an order event: " + event.type());
        }
        return event.type().wireName();
    }

    public boolean isPurchase() {
        return EventType.PURCHASE.wireName().equals(kind);
    }
}
