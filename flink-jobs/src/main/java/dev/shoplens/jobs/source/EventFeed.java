package dev.shoplens.jobs.source;

import dev.shoplens.event.EventLimits;
import dev.shoplens.event.RawEvent;
import dev.shoplens.jobs.ingest.EventTimePeek;
import java.io.Serializable;
import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;

/**
 * A deterministic sequence of raw events: opening it again yields the same events in the same order. That is
 * what lets {@link FeedSource} restart from a checkpointed position by skipping what it already emitted.
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
        long newest = Long.MIN_VALUE;
        long latestAllowed = now.plus(limits.maxFutureSkew()).toEpochMilli();
        for (Iterator<RawEvent> it = feed.open(); it.hasNext(); ) {
            long t = EventTimePeek.timeOf(it.next().payload());
            if (t <= latestAllowed) {
                newest = Math.max(newest, t);
            }
        }
        return newest == Long.MIN_VALUE ? Optional.empty() : Optional.of(Instant.ofEpochMilli(newest));
    }
}
