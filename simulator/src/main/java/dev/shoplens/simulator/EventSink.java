package dev.shoplens.simulator;

import dev.shoplens.event.EventType;
import dev.shoplens.event.OrderLine;
import dev.shoplens.event.ShopEvent;
import java.util.ArrayDeque;
import java.util.List;

/**
 * Turns what happens in the shop into {@link ShopEvent}s: gives each the next id ({@code e0}, {@code e1}, ...) in
 * emission order, stamps the time, and queues it for the iterator. One place decides which fields each type carries.
 */
final class EventSink {

    /** The shop sells in pounds; carried on every event that has a money amount. */
    static final String CURRENCY = "GBP";

    private final ShopCalendar calendar;
    private final ArrayDeque<ShopEvent> pending = new ArrayDeque<>();
    private long nextEventNumber;

    EventSink(ShopCalendar calendar) {
        this.calendar = calendar;
    }

    void view(String customerId, String sessionId, Product product, long t) {
        emit(start(EventType.VIEW, t)
                .customer(customerId)
                .session(sessionId)
                .product(product.id(), product.categoryName())
                .price(product.price())
                .currency(CURRENCY));
    }

    void cartAdd(String customerId, String sessionId, Product product, int quantity, long t) {
        emit(cartEvent(EventType.CART_ADD, customerId, sessionId, product, quantity, t));
    }

    void cartRemove(String customerId, String sessionId, Product product, int quantity, long t) {
        emit(cartEvent(EventType.CART_REMOVE, customerId, sessionId, product, quantity, t));
    }

    void purchase(String customerId, String sessionId, String orderId, List<OrderLine> lines, long t) {
        emit(start(EventType.PURCHASE, t)
                .customer(customerId)
                .session(sessionId)
                .order(orderId, lines)
                .currency(CURRENCY));
    }

    void returned(String customerId, String orderId, List<OrderLine> lines, long t) {
        emit(start(EventType.RETURN, t)
                .customer(customerId)
                .order(orderId, lines)
                .currency(CURRENCY));
    }

    void stock(Product product, int onHand, long t) {
        emit(start(EventType.STOCK, t)
                .product(product.id(), product.categoryName())
                .stockOnHand(onHand));
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    ShopEvent take() {
        return pending.removeFirst();
    }

    private ShopEvent.Builder cartEvent(
            EventType type, String customerId, String sessionId, Product product, int quantity, long t) {
        return start(type, t)
                .customer(customerId)
                .session(sessionId)
                .product(product.id(), product.categoryName())
                .price(product.price())
                .quantity(quantity)
                .currency(CURRENCY);
    }

    private ShopEvent.Builder start(EventType type, long t) {
        return ShopEvent.builder("e" + nextEventNumber++, type, calendar.instant(t));
    }

    private void emit(ShopEvent.Builder event) {
        pending.addLast(event.build());
    }
}
