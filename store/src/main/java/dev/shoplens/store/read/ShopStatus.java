package dev.shoplens.store.read;

import java.time.Instant;
import java.util.Map;

/**
 * Totals of what the store holds. {@code rejectedByReason} is ordered by count, largest first. Event times are
 * null while the store is empty.
 */
public record ShopStatus(
        String store,
        int schemaVersion,
        long eventsAccepted,
        long eventsRejected,
        Map<String, Long> rejectedByReason,
        long customers,
        long products,
        long orders,
        long returns,
        double revenue,
        Instant firstEventTime,
        Instant lastEventTime) {}
