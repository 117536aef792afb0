package dev.shoplens.event;

import java.io.Serializable;
import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;

/**
 * A deterministic sequence of raw events: opening it again yields the same events in the same order. That is
 * what lets the job's feed source restart from a checkpointed position by skipping what it already emitted.
 */
public interface EventFeed extends Serializable {

    Iterator<RawEvent> open();

    /** How many events the feed holds; {@link Long#MAX_VALUE} for an endless feed. */
    long count();

    /** The count of a finite feed that does not know it in advance: read it once. */
    static long countByReading(EventFeed feed) {
        long n = 0;
        for (Iterator<RawEvent> it = feed.open(); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }

    /**
     * The newest event time of a finite feed, read once: where a bounded replay's data ends. Times the job would
     * reject as too far in the future (as of {@code now}) and payloads without a readable time are passed over.
     */
    static Optional<Instant> newestEventTime(EventFeed feed, EventLimits limits, Instant now) {
        return survey(feed, limits, now).newestEventTime();
    }

    /**
     * How many events a finite feed holds and its newest event time (as {@link #newestEventTime}), in one pass: a
     * file feed builds every event to count it, so an import that needs both reads its files once for them, not twice.
     */
    static Survey survey(EventFeed feed, EventLimits limits, Instant now) {
        long events = 0;
        long newest = Long.MIN_VALUE;
        long latestAllowed = now.plus(limits.maxFutureSkew()).toEpochMilli();
        for (Iterator<RawEvent> it = feed.open(); it.hasNext(); ) {
            long t = EventTimePeek.timeOf(it.next().payload());
            events++;
            if (t <= latestAllowed) {
                newest = Math.max(newest, t);
            }
        }
        return new Survey(
                events, newest == Long.MIN_VALUE ? Optional.empty() : Optional.of(Instant.ofEpochMilli(newest)));
    }

    /** A finite feed's count and newest event time (empty when no event has a readable time). */
    record Survey(long events, Optional<Instant> newestEventTime) {}
}
