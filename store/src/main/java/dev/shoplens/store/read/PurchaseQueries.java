package dev.shoplens.store.read;

import static dev.shoplens.store.read.SqlShopReader.instant;
import static dev.shoplens.store.read.SqlShopReader.rows;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Customers' purchases product by product: the order lines (schema version 12) with the customer their order names.
 * An order an erasure anonymised names nobody and is left out.
 */
final class PurchaseQueries {

    private PurchaseQueries() {}

    static List<PurchasedLine> lines(Connection c, UnaryOperator<String> table, int days) throws SQLException {
        // Each table's current rows in a subquery of its own: ClickHouse names a FINAL table only that way.
        String lines = table.apply("order_lines");
        return rows(
                        c,
                        "SELECT o.customer_id, l.order_id, l.product_id, l.time"
                                + " FROM (SELECT event_id, order_id, line, product_id, time FROM " + lines
                                + " WHERE kind = 'purchase' AND time >= (SELECT max(time) FROM " + lines
                                + " WHERE kind = 'purchase') - INTERVAL " + days + " DAY) AS l"
                                + " JOIN (SELECT event_id, customer_id FROM " + table.apply("orders")
                                + " WHERE customer_id IS NOT NULL) AS o ON l.event_id = o.event_id"
                                + " ORDER BY o.customer_id, l.time, l.order_id, l.line")
                .stream()
                .map(r -> new PurchasedLine((String) r[0], (String) r[1], (String) r[2], instant(r[3])))
                .toList();
    }

    static PurchasesVersion version(Connection c) throws SQLException {
        Object[] lines =
                rows(c, "SELECT count(*), max(written_at) FROM order_lines").get(0);
        // A fingerprint, not a figure: ClickHouse's copies of a row not merged yet count, and need no FINAL here.
        Object[] named = rows(c, "SELECT count(customer_id) FROM orders").get(0);
        return new PurchasesVersion(
                ((Number) lines[0]).longValue(), instant(lines[1]), ((Number) named[0]).longValue());
    }
}
