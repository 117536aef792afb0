package dev.shoplens.jobs.products;

import dev.shoplens.event.OrderLine;
import dev.shoplens.event.ShopEvent;
import java.time.Instant;
import java.util.List;

/**
 * One thing that happened to one product: an event about it, or one line of a purchase or return (an order
 * names several products, demand is counted per product).
 */
public record ProductActivity(
        String productId, String category, Instant time, Kind kind, int units, double amount, Integer stockOnHand) {

    public enum Kind {
        VIEW,
        CART_ADD,
        SOLD,
        RETURNED,
        STOCK
    }

    public static List<ProductActivity> of(ShopEvent e) {
        return switch (e.type()) {
            case VIEW -> List.of(single(e, Kind.VIEW, null));
            case CART_ADD -> List.of(single(e, Kind.CART_ADD, null));
            case STOCK -> List.of(single(e, Kind.STOCK, e.stockOnHand()));
            case PURCHASE -> lines(e, Kind.SOLD);
            case RETURN -> lines(e, Kind.RETURNED);
            case CART_REMOVE -> List.of();
        };
    }

    private static ProductActivity single(ShopEvent e, Kind kind, Integer stock) {
        int units = e.quantity() == null ? 0 : e.quantity();
        return new ProductActivity(e.productId(), e.category(), e.time(), kind, units, 0, stock);
    }

    private static List<ProductActivity> lines(ShopEvent e, Kind kind) {
        return e.lines().stream()
                .map((OrderLine l) ->
                        new ProductActivity(l.productId(), null, e.time(), kind, l.quantity(), l.amount(), null))
                .toList();
    }
}
