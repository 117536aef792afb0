package dev.shoplens.jobs.activity;

import dev.shoplens.event.ShopEvent;

/**
 * What the per-minute counts need of an event: its type and time. Shipped to the counting windows instead of the
 * whole event (its lines, ids and texts), which crossed the network once more for every event only to be counted.
 *
 * @param type the event type's wire name, the counts' key
 * @param time event time, epoch millis
 */
public record EventMark(String type, long time) {

    public static EventMark of(ShopEvent event) {
        return new EventMark(event.type().wireName(), event.time().toEpochMilli());
    }
}
