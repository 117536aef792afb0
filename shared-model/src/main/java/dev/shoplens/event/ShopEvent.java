package dev.shoplens.event;

import java.time.Instant;
import java.util.List;

/**
 * One event of the v1 contract, already validated. Optional fields are null where the type does not use them;
 * {@code customerId} is null for guests.
 */
public record ShopEvent(
        String eventId,
        EventType type,
        Instant time,
        String customerId,
        String sessionId,
        String productId,
        String category,
        Double price,
        Integer quantity,
        String orderId,
        List<OrderLine> lines,
        Integer stockOnHand,
        String currency) {

    public ShopEvent {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** The same event with no customer: how an erased customer's later events count, like a guest's. */
    public ShopEvent anonymised() {
        return withCustomerId(null);
    }

    /** The same event as {@code customer}'s (a pseudonym of its customer; none: a guest's). */
    public ShopEvent withCustomerId(String customer) {
        return new ShopEvent(
                eventId,
                type,
                time,
                customer,
                sessionId,
                productId,
                category,
                price,
                quantity,
                orderId,
                lines,
                stockOnHand,
                currency);
    }

    public boolean isGuest() {
        return customerId == null;
    }

    /** Total amount of the order lines (0 for events without lines). */
    public double linesAmount() {
        return lines.stream().mapToDouble(OrderLine::amount).sum();
    }

    /** Total units of the order lines (0 for events without lines). */
    public int linesUnits() {
        return lines.stream().mapToInt(OrderLine::quantity).sum();
    }

    public static Builder builder(String eventId, EventType type, Instant time) {
        return new Builder(eventId, type, time);
    }

    /** Builds events field by field; used by the simulator, the importers and tests. */
    public static final class Builder {
        private final String eventId;
        private final EventType type;
        private final Instant time;
        private String customerId;
        private String sessionId;
        private String productId;
        private String category;
        private Double price;
        private Integer quantity;
        private String orderId;
        private List<OrderLine> lines;
        private Integer stockOnHand;
        private String currency;

        private Builder(String eventId, EventType type, Instant time) {
            this.eventId = eventId;
            this.type = type;
            this.time = time;
        }

        public Builder customer(String customerId) {
            this.customerId = customerId;
            return this;
        }

        public Builder session(String sessionId) {
            this.sessionId = sessionId;
            return this;
        }

        public Builder product(String productId, String category) {
            this.productId = productId;
            this.category = category;
            return this;
        }

        public Builder category(String category) {
            this.category = category;
            return this;
        }

        public Builder price(double price) {
            this.price = price;
            return this;
        }

        public Builder quantity(int quantity) {
            this.quantity = quantity;
            return this;
        }

        public Builder order(String orderId, List<OrderLine> lines) {
            this.orderId = orderId;
            this.lines = lines;
            return this;
        }

        public Builder stockOnHand(int stockOnHand) {
            this.stockOnHand = stockOnHand;
            return this;
        }

        public Builder currency(String currency) {
            this.currency = currency;
            return this;
        }

        public ShopEvent build() {
            return new ShopEvent(
                    eventId,
                    type,
                    time,
                    customerId,
                    sessionId,
                    productId,
                    category,
                    price,
                    quantity,
                    orderId,
                    lines,
                    stockOnHand,
                    currency);
        }
    }
}
