package dev.shoplens.features;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One customer's activity on one day (UTC), written once the day can no longer change: product views, cart adds,
 * purchases and their spend, returns. The nightly sequence model reads these as its daily inputs; the streaming
 * features keep only 7- and 30-day totals. {@code asOf} is the newest event time counted.
 */
public record CustomerDay(
        String customerId,
        LocalDate day,
        int views,
        int cartAdds,
        int orders,
        double revenue,
        int returns,
        Instant asOf) {}
