package dev.shoplens.jobs.source;

import dev.shoplens.event.RawEvent;
import java.io.Serializable;
import java.util.Iterator;

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
}
