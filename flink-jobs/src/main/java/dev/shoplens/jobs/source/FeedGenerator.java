package dev.shoplens.jobs.source;

import dev.shoplens.event.EventFeed;
import dev.shoplens.event.RawEvent;
import java.util.Iterator;
import org.apache.flink.connector.datagen.source.GeneratorFunction;

/**
 * Turns the position Flink's generator source hands out (checkpointed by Flink) into the feed's event at that
 * position. After a restore the position jumps ahead of a fresh iterator, which then skips forward.
 */
final class FeedGenerator implements GeneratorFunction<Long, RawEvent> {

    private final EventFeed feed;
    private transient Iterator<RawEvent> events;
    private transient long position;

    FeedGenerator(EventFeed feed) {
        this.feed = feed;
    }

    @Override
    public RawEvent map(Long index) throws Exception {
        if (events == null || index != position) {
            reopenAt(index);
        }
        position = index + 1;
        return events.next();
    }

    private void reopenAt(long index) throws Exception {
        close();
        events = feed.open();
        for (long i = 0; i < index; i++) {
            events.next();
        }
    }

    @Override
    public void close() throws Exception {
        if (events instanceof AutoCloseable closeable) {
            closeable.close();
        }
        events = null;
    }
}
