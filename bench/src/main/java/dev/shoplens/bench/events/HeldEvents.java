package dev.shoplens.bench.events;

import dev.shoplens.event.EventFeed;
import dev.shoplens.event.RawEvent;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
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
        return new Feed(name, events.size(), 1);
    }

    /**
     * The held events of {@code name} {@code times} over, one pass after another: for a baseline that must run for
     * seconds where the events last only a fraction of one, and that neither de-duplicates nor reads event time.
     */
    public static EventFeed repeated(String name, int times) {
        if (times < 1) {
            throw new IllegalArgumentException("at least one pass, was " + times);
        }
        return new Feed(name, (long) events(name).size() * times, times);
    }

    public static void release(String name) {
        EVENTS.remove(name);
    }

    private static List<RawEvent> events(String name) {
        List<RawEvent> events = EVENTS.get(name);
        if (events == null) {
            throw new IllegalStateException("the held events " + name + " were released");
        }
        return events;
    }

    private record Feed(String name, long count, int passes) implements EventFeed {

        @Override
        public Iterator<RawEvent> open() {
            List<RawEvent> events = events(name);
            return new Iterator<>() {
                private int pass;
                private int next;

                @Override
                public boolean hasNext() {
                    return pass < passes - 1 || next < events.size();
                }

                @Override
                public RawEvent next() {
                    if (next == events.size()) {
                        if (pass == passes - 1) {
                            throw new NoSuchElementException();
                        }
                        pass++;
                        next = 0;
                    }
                    return events.get(next++);
                }
            };
        }
    }
}
