package dev.shoplens.bench.freshness;

import dev.shoplens.event.Decoded;
import dev.shoplens.event.EventCodec;
import dev.shoplens.event.EventLimits;
import dev.shoplens.event.RawEvent;
import dev.shoplens.event.ShopEvent;
import dev.shoplens.jobs.customers.CustomerHistory;
import dev.shoplens.simulator.SimulatedFeed;
import dev.shoplens.time.ShopClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The times of the events the demo's shop sends in a window, known in advance because the shop is deterministic:
 * the same seed and start make the same events, so the watcher can tell when each one entered the source.
 *
 * @param all the time of every event in the window, in order
 * @param ofCustomers the times of the events that change a customer's features
 */
record LiveEvents(List<Instant> all, List<Instant> ofCustomers) {

    /** A clock that has always passed every event: the shop is replayed without waiting. */
    private static final ShopClock NEVER_WAIT =
            ShopClock.scaled(Instant.now(), Instant.parse("9000-01-01T00:00:00Z"), 1);

    static LiveEvents of(long seed, int customers, int products, Instant start, Instant from, Instant until) {
        EventCodec codec = new EventCodec(EventLimits.DEFAULTS);
        Instant noFutureLimit = Instant.parse("9000-01-01T00:00:00Z");
        List<Instant> all = new ArrayList<>();
        List<Instant> ofCustomers = new ArrayList<>();
        Iterator<RawEvent> events =
                new SimulatedFeed(seed, customers, products, start, NEVER_WAIT, Long.MAX_VALUE).open();
        while (events.hasNext()) {
            if (codec.decode(events.next().payload(), noFutureLimit) instanceof Decoded.Accepted accepted) {
                ShopEvent event = accepted.event();
                if (event.time().isAfter(until)) {
                    break;
                }
                if (!event.time().isBefore(from)) {
                    all.add(event.time());
                    if (CustomerHistory.concernsCustomer(event)) {
                        ofCustomers.add(event.time());
                    }
                }
            }
        }
        return new LiveEvents(all, ofCustomers);
    }
}
