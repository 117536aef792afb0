package dev.shoplens.orders;

import dev.shoplens.event.OrderLine;
import dev.shoplens.event.ShopEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a purchase or a return as stored: which product, how many, for how much. Keyed by the event and the
 * line's place in it ({@code line}, from 0), so a replay overwrites rather than adds and an order that lists a
 * product twice keeps both lines. The customer is not here: the order's row in {@link OrderRow} names them, so an
 * erasure that anonymises the order leaves nothing personal in its lines.
 */
public record OrderLineRow(
        String eventId,
        String orderId,
        int line,
        String productId,
        Instant time,
        String kind,
        int quantity,
        double amount) {

    /** The lines of an order event, in the order the event lists them. */
    public static List<OrderLineRow> of(ShopEvent event) {
        String kind = OrderRow.kindOf(event);
        List<OrderLineRow> rows = new ArrayList<>(event.lines().size());
        for (int i = 0; i < event.lines().size(); i++) {
            OrderLine l = event.lines().get(i);
            rows.add(new OrderLineRow(
                    event.eventId(), event.orderId(), i, l.productId(), event.time(), kind, l.quantity(), l.amount()));
        }
        return rows;
    }
}
