package dev.shoplens.simulator;

import java.util.PriorityQueue;

/**
 * The discrete-event loop's to-do list: actions ordered by time, ties broken by the order they were scheduled in,
 * so the run order never depends on anything but the schedule itself. Times are milliseconds since the shop's start.
 */
final class Agenda {

    /** Something that happens at a point in simulated time; it may emit events and schedule further actions. */
    @FunctionalInterface
    interface Action {
        void run(long now);
    }

    private record Entry(long time, long sequence, Action action) {}

    private final PriorityQueue<Entry> queue = new PriorityQueue<>(
            1024, (a, b) -> a.time != b.time ? Long.compare(a.time, b.time) : Long.compare(a.sequence, b.sequence));
    private long sequence;
    private long now;

    void at(long time, Action action) {
        // Scheduling into the past would break the promise that events come out in time order.
        if (time < now) {
            throw new IllegalStateException("cannot schedule at " + time + " before now " + now);
        }
        queue.add(new Entry(time, sequence++, action));
    }

    /** Runs the earliest action; false if there is nothing left to do. */
    boolean runNext() {
        Entry next = queue.poll();
        if (next == null) {
            return false;
        }
        now = next.time;
        next.action.run(now);
        return true;
    }

    long now() {
        return now;
    }
}
