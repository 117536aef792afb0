package dev.shoplens.jobs.source;

import dev.shoplens.event.EventFeed;
import dev.shoplens.event.EventTimePeek;
import dev.shoplens.event.RawEvent;
import java.time.Instant;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A time-ordered feed cut at {@code end}: it ends before the first event later than that (e.g. the simulated
 * shop's history up to now, without waiting for its live part).
 */
public record UntilTimeFeed(EventFeed feed, Instant end) implements EventFeed {

    @Override
    public Iterator<RawEvent> open() {
        Iterator<RawEvent> events = feed.open();
        return new Iterator<>() {
            private RawEvent next;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (next == null && !done && events.hasNext()) {
                    RawEvent candidate = events.next();
                    if (endsAt(candidate)) {
                        done = true;
                    } else {
                        next = candidate;
                    }
                }
                return next != null;
            }

            @Override
            public RawEvent next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                RawEvent result = next;
                next = null;
                return result;
            }
        };
    }

    /** Whether the feed ends at {@code event}: the first later than {@code end} (what follows is not read). */
    public boolean endsAt(RawEvent event) {
        return EventTimePeek.timeOf(event.payload()) > end.toEpochMilli();
    }

    /** Counting means reading the feed up to {@code end} once. */
    @Override
    public long count() {
        return EventFeed.countByReading(this);
    }
}
