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
 * only a name and looks the events up where the in-process MiniCluster runs it.
 */
public final class HeldEvents {

    private static final Map<String, List<RawEvent>> EVENTS = new ConcurrentHashMap<>();

    private HeldEvents() {}

    /** Holds {@code events} under {@code name} until {@link #release}; returns the feed over them. */
    public static EventFeed hold(String name, List<RawEvent> events) {
        EVENTS.put(name, List.copyOf(events));
        return new Feed(name, events.size());
    }

    public static void release(String name) {
        EVENTS.remove(name);
    }

    private record Feed(String name, long count) implements EventFeed {

        @Override
        public Iterator<RawEvent> open() {
            List<RawEvent> events = EVENTS.get(name);
            if (events == null) {
                throw new IllegalStateException("the held events " + name + " were released");
            }
            return events.iterator();
        }
    }
}
