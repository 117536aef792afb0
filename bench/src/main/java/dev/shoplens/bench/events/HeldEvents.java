package dev.shoplens.bench.events;

import dev.shoplens.event.RawEvent;
import dev.shoplens.jobs.source.EventFeed;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Generated events held in this JVM's memory, handed to a Flink job by name. A job's graph is serialized on
 * submission: a feed that carried its events would copy them all into the graph on every round, so the feed carries
 * only a name and looks the events up where the in-process MiniCluster runs it. The same lookup notes when a job
 * first opens the feed, which is when its source starts to read: job start-up is thereby left out of a rate.
 */
public final class HeldEvents {

    private static final Map<String, List<RawEvent>> EVENTS = new ConcurrentHashMap<>();
    private static final Map<String, Long> FIRST_OPENED = new ConcurrentHashMap<>();

    private HeldEvents() {}

    /** Holds {@code events} under {@code name} until {@link #release}; returns the feed over them. */
    public static EventFeed hold(String name, List<RawEvent> events) {
        EVENTS.put(name, List.copyOf(events));
        return new Feed(name, events.size());
    }

    public static void release(String name) {
        EVENTS.remove(name);
        FIRST_OPENED.remove(name);
    }

    /** Forgets when the feed was opened, before a new round. */
    public static void resetOpened(String name) {
        FIRST_OPENED.remove(name);
    }

    /** {@link System#nanoTime()} when a job first opened the feed since the last reset. */
    public static long firstOpenedNanos(String name) {
        Long at = FIRST_OPENED.get(name);
        if (at == null) {
            throw new IllegalStateException("no job opened the held events " + name);
        }
        return at;
    }

    private record Feed(String name, long count) implements EventFeed {

        @Override
        public Iterator<RawEvent> open() {
            List<RawEvent> events = EVENTS.get(name);
            if (events == null) {
                throw new IllegalStateException("the held events " + name + " were released");
            }
            FIRST_OPENED.putIfAbsent(name, System.nanoTime());
            return events.iterator();
        }
    }
}
