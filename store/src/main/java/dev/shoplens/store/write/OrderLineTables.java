package dev.shoplens.store.write;

import static dev.shoplens.store.write.Table.column;

import dev.shoplens.orders.OrderLineRow;
import java.time.Instant;
import java.util.List;

/** The order lines of schema version 12 ({@code sql/duckdb/V12__order_lines.sql}). */
final class OrderLineTables {

    private OrderLineTables() {}

    static final Table<OrderLineRow> ORDER_LINES = new Table<>(
            "order_lines",
            r -> List.of(r.eventId(), r.line()),
            List.of(
                    column("event_id", OrderLineRow::eventId),
                    column("order_id", OrderLineRow::orderId),
                    column("line", OrderLineRow::line),
                    column("product_id", OrderLineRow::productId),
                    column("time", OrderLineRow::time),
                    column("kind", OrderLineRow::kind),
                    column("quantity", OrderLineRow::quantity),
                    column("amount", OrderLineRow::amount),
                    column("written_at", r -> Instant.now())));
}
