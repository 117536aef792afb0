package dev.shoplens.store.read;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Totals of what the store holds. {@code rejectedByReason} is ordered by count, largest first. Event times are
 * null while the store is empty. {@code models} are the serving model versions (empty where the store keeps none).
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
        Instant lastEventTime,
        List<ModelSummary> models) {

    /** A status without models, for stores that keep none. */
    public ShopStatus(
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
            Instant lastEventTime) {
        this(
                store,
                schemaVersion,
                eventsAccepted,
                eventsRejected,
                rejectedByReason,
                customers,
                products,
                orders,
                returns,
                revenue,
                firstEventTime,
                lastEventTime,
                List.of());
    }

    public ShopStatus withModels(List<ModelSummary> serving) {
        return new ShopStatus(
                store,
                schemaVersion,
                eventsAccepted,
                eventsRejected,
                rejectedByReason,
                customers,
                products,
                orders,
                returns,
                revenue,
                firstEventTime,
                lastEventTime,
                List.copyOf(serving));
    }
}
