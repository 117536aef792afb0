package dev.shoplens.jobs;

import dev.shoplens.event.EventType;
import dev.shoplens.event.OrderLine;
import dev.shoplens.event.ShopEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Named instants and event factories shared by the job tests. */
public final class ShopEvents {

    public static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
    public static final Duration DAY = Duration.ofDays(1);

    private static final AtomicLong IDS = new AtomicLong();

    private ShopEvents() {}

    public static Instant daysAfterMonday(double days) {
        return MONDAY.plusMillis((long) (days * DAY.toMillis()));
    }

    public static ShopEvent view(String customer, String session, String product, String category, Instant at) {
        return ShopEvent.builder(nextId(), EventType.VIEW, at)
                .customer(customer)
                .session(session)
                .product(product, category)
                .price(10.0)
                .build();
    }

    public static ShopEvent cartAdd(String customer, String session, String product, Instant at) {
        return ShopEvent.builder(nextId(), EventType.CART_ADD, at)
                .customer(customer)
                .session(session)
                .product(product, "toys")
                .price(10.0)
                .quantity(1)
                .build();
    }

    public static ShopEvent purchase(String customer, String session, String order, Instant at, OrderLine... lines) {
        return ShopEvent.builder(nextId(), EventType.PURCHASE, at)
                .customer(customer)
                .session(session)
                .order(order, List.of(lines))
                .build();
    }

    public static ShopEvent returned(String customer, String order, Instant at, OrderLine... lines) {
        return ShopEvent.builder(nextId(), EventType.RETURN, at)
                .customer(customer)
                .order(order, List.of(lines))
                .build();
    }

    public static ShopEvent stock(String product, int onHand, Instant at) {
        return ShopEvent.builder(nextId(), EventType.STOCK, at)
                .product(product, "toys")
                .stockOnHand(onHand)
                .build();
    }

    public static OrderLine line(String product, int quantity, double unitPrice) {
        return new OrderLine(product, quantity, unitPrice);
    }

    private static String nextId() {
        return "t" + IDS.incrementAndGet();
    }
}
