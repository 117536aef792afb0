package dev.shoplens.store.read;

import java.time.Instant;

/**
 * What changes whenever a purchase's lines are written or an erasure anonymises orders (see
 * {@link PurchaseReads#version}). Counts, not figures: on ClickHouse the copies of a row not merged yet count.
 *
 * @param lines order lines stored
 * @param newestWrite when the newest was written; null while there are none
 * @param ordersWithCustomer orders that name a customer
 */
public record PurchasesVersion(long lines, Instant newestWrite, long ordersWithCustomer) {

    /** Whether orders stopped naming customers since {@code before}: an erasure, whose customer must go at once. */
    public boolean forgetsCustomersOf(PurchasesVersion before) {
        return ordersWithCustomer < before.ordersWithCustomer;
    }
}
