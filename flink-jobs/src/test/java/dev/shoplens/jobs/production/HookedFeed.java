package dev.shoplens.jobs.production;

import dev.shoplens.event.EventFeed;
import dev.shoplens.event.RawEvent;
import java.io.Serializable;
import java.util.Iterator;

/**
 * A feed that runs a hook before handing out each event, with how many it has handed out so far: the failure and
 * upgrade tests slow a feed down, fail it at a point, or note that it got there.
 */
record HookedFeed(EventFeed feed, Hook before) implements EventFeed {

    /** Runs in the source's task, before the event after the first {@code emitted}; may throw to fail the source. */
    interface Hook extends Serializable {
        void at(int emitted);
    }

    @Override
    public Iterator<RawEvent> open() {
        Iterator<RawEvent> events = feed.open();
        return new Iterator<>() {
            int emitted;

            @Override
            public boolean hasNext() {
                return events.hasNext();
            }

            @Override
            public RawEvent next() {
                before.at(emitted++);
                return events.next();
            }
        };
    }

    @Override
    public long count() {
        return feed.count();
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
