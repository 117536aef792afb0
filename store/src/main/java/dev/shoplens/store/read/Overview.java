package dev.shoplens.store.read;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The shop's activity: the last minutes' events and freshness (the Overview and Operations pages; today's orders,
 * revenue and customers are the {@link ShopPulse}'s). "Today" is the UTC day of the newest event (event time), so
 * replays and imports of old data show their own last day rather than an empty calendar day.
 */
public record Overview(LocalDate today, double eventsPerMinute, List<MinuteCount> lastMinutes, Freshness freshness) {

    /** Accepted events in one event-time minute. */
    public record MinuteCount(Instant minute, long events) {}
}
