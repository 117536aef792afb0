package dev.shoplens.jobs.activity;

import dev.shoplens.event.ShopEvent;

/**
 * What the per-minute counts need of events of one type in one minute: how many, and the first and last event time
 * among them. An event makes a mark of one; the marks of a subtask are added up until the watermark moves (see
 * {@link #plus}), so the counting windows get a mark per type and minute from each subtask instead of one per event.
 *
 * @param type the event type's wire name, the counts' key
 * @param minute event time in whole minutes since the epoch
 * @param events how many events
 * @param first the earliest event time, epoch millis
 * @param last the latest event time, epoch millis
 */
public record EventMark(String type, long minute, long events, long first, long last) {

    private static final long MINUTE = 60_000L;

    public static EventMark of(ShopEvent event) {
        long time = event.time().toEpochMilli();
        return new EventMark(event.type().wireName(), Math.floorDiv(time, MINUTE), 1, time, time);
    }

    /** The events of both marks (of one type and minute). */
    public EventMark plus(EventMark other) {
        return new EventMark(
                type, minute, events + other.events, Math.min(first, other.first), Math.max(last, other.last));
    }

    /** What marks are added up under: their type and minute. */
    public Minute key() {
        return new Minute(type, minute);
    }

    /** A type's minute. */
    public record Minute(String type, long minute) {}
}
