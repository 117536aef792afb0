package dev.shoplens.launcher.progress;

import dev.shoplens.event.EventFeed;
import dev.shoplens.event.RawEvent;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A feed that tells this JVM how far it has been read. Flink runs a serialized copy of a job's source (in the
 * in-process MiniCluster), so the copy cannot count into this object: it counts into a record kept in this JVM under
 * the feed's name, which {@link #read()} looks up. Counting costs two volatile writes an event; the latest event is
 * kept whole so that its time is peeked only when it is shown, not for every event.
 *
 * <p>Its count, given or counted once, is kept: file feeds count by reading every file, and the source asks again.
 */
public final class CountedFeed implements EventFeed {

    /** The count of a feed not counted beforehand: it is then asked of the feed itself when needed. */
    public static final long UNKNOWN = -1;

    private static final Map<String, Reads> READS = new ConcurrentHashMap<>();
    private static final AtomicLong NAMES = new AtomicLong();

    private final String name;
    private final EventFeed feed;
    private final long count;
    private final Instant newest;

    private CountedFeed(String name, EventFeed feed, long count, Instant newest) {
        this.name = name;
        this.feed = feed;
        this.count = count;
        this.newest = newest;
    }

    /** {@code feed}, counted now (one pass over a file feed). */
    public static CountedFeed of(EventFeed feed) {
        return of(feed, feed.count());
    }

    /** {@code feed}, whose count is {@code count} or {@link #UNKNOWN}; {@link #release} it when done. */
    public static CountedFeed of(EventFeed feed, long count) {
        return of(feed, count, null);
    }

    /**
     * The same, with the event time the feed reaches at its end ({@code null}: unknown). A job's work grows with the
     * days it covers as much as with its events (every customer's midnight), so the time left is judged by both.
     */
    public static CountedFeed of(EventFeed feed, long count, Instant newest) {
        String name = "feed-" + NAMES.incrementAndGet();
        READS.put(name, new Reads());
        return new CountedFeed(name, feed, count, newest);
    }

    /** The event time the feed reaches at its end, or null where not known beforehand. */
    public Instant newest() {
        return newest;
    }

    @Override
    public Iterator<RawEvent> open() {
        Reads reads = READS.get(name);
        Iterator<RawEvent> events = feed.open();
        return reads == null ? events : new Counting(events, reads);
    }

    @Override
    public long count() {
        return count == UNKNOWN ? feed.count() : count;
    }

    /** The count given or counted beforehand, or {@link #UNKNOWN}. */
    public long total() {
        return count;
    }

    /** Events read by the latest iterator opened (a source restored from a checkpoint reads its way back first). */
    public long read() {
        Reads reads = READS.get(name);
        return reads == null ? 0 : reads.read;
    }

    /** The latest event read, or null. */
    RawEvent latest() {
        Reads reads = READS.get(name);
        return reads == null ? null : reads.latest;
    }

    /** Forgets the counts; the feed still reads, uncounted. */
    public void release() {
        READS.remove(name);
    }

    /** Written by the one thread that reads the feed, read by whoever shows the progress. */
    private static final class Reads {
        volatile long read;
        volatile RawEvent latest;
    }

    /** Closes what it counts: file feeds' iterators hold files open. */
    private static final class Counting implements Iterator<RawEvent>, AutoCloseable {
        private final Iterator<RawEvent> events;
        private final Reads reads;
        private long read;

        Counting(Iterator<RawEvent> events, Reads reads) {
            this.events = events;
            this.reads = reads;
            reads.read = 0;
        }

        @Override
        public boolean hasNext() {
            return events.hasNext();
        }

        @Override
        public RawEvent next() {
            RawEvent event = events.next();
            reads.latest = event;
            reads.read = ++read;
            return event;
        }

        @Override
        public void close() throws Exception {
            if (events instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
    }
}
