package dev.shoplens.event;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of shop event in the v1 contract, with their wire names. */
public enum EventType {
    VIEW("view"),
    CART_ADD("cart_add"),
    CART_REMOVE("cart_remove"),
    PURCHASE("purchase"),
    RETURN("return"),
    STOCK("stock");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<EventType> fromWire(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }

    /** Types that concern one product and name it in {@code productId}. */
    public boolean isProductEvent() {
        return this == VIEW || this == CART_ADD || this == CART_REMOVE || this == STOCK;
    }

    /** Types that carry order lines. */
    public boolean isOrderEvent() {
        return this == PURCHASE || this == RETURN;
    }
}
