package dev.shoplens.simulator;

import dev.shoplens.event.EventCodec;
import dev.shoplens.event.EventFeed;
import dev.shoplens.event.EventLimits;
import dev.shoplens.event.RawEvent;
import dev.shoplens.event.ShopEvent;
import dev.shoplens.time.ShopClock;
import java.time.Instant;
import java.util.Iterator;

/**
 * The simulated shop as a feed of JSON payloads, the same format a real shop sends. Events up to the shop clock's
 * "now" come at full speed (the history backfill); later ones wait until the clock reaches them, so the shop goes
 * on live at the clock's speed. {@code limit} ends the feed after that many events ({@link Long#MAX_VALUE}: never).
 */
public record SimulatedFeed(long seed, int customers, int products, Instant start, ShopClock clock, long limit)
        implements EventFeed {

    @Override
    public Iterator<RawEvent> open() {
        SimulatedShop shop = new SimulatedShop(new ShopConfig(seed, customers, products, start));
        EventCodec codec = new EventCodec(EventLimits.DEFAULTS);
        return new Iterator<>() {
            private long sequence;

            @Override
            public boolean hasNext() {
                return sequence < limit && shop.hasNext();
            }

            @Override
            public RawEvent next() {
                ShopEvent event = shop.next();
                waitUntilDue(event.time());
                return RawEvent.of(codec.encode(event), "sim:" + sequence++);
            }
        };
    }

    private void waitUntilDue(Instant eventTime) {
        while (eventTime.isAfter(clock.now())) {
            try {
                // The source thread also serves checkpoints: they wait for the gap between two events, which at
                // the demo's speeds is a fraction of a second.
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public long count() {
        return limit;
    }
}
