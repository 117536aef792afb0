package dev.shoplens.jobs.source.files;

import java.time.Instant;

/**
 * One line of a transaction log, read through the mapping. Quantity is signed: a negative quantity (or amount)
 * is a return. {@code orderKey} groups lines into one order.
 */
record TransactionRow(
        int line,
        String customerId,
        Instant time,
        String orderKey,
        String productId,
        String category,
        int quantity,
        double unitPrice) {

    boolean isReturn() {
        return quantity < 0;
    }
}
