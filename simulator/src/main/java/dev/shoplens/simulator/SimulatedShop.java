package dev.shoplens.simulator;

import dev.shoplens.event.ShopEvent;
import java.util.Iterator;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A deterministic simulated online shop: an endless stream of {@link ShopEvent}s in time order, starting at the
 * config's start time. The same config always gives the same events with the same ids, so the stream can serve as
 * ground truth for model tests ({@link #truth}).
 *
 * <p>It is a discrete-event simulation: customers' visits, their steps within a visit, arrivals, deliveries, returns
 * and the daily stock report are actions on an agenda ordered by time and then by scheduling order. Each action emits
 * its events at its own time, and actions never schedule into the past, so events come out in non-decreasing time.
 * All randomness comes from one seed split into independent streams (catalogue, stock, customers, guests); no wall
 * clock is read.
 *
 * <p>Not thread-safe: one consumer iterates.
 */
public final class SimulatedShop implements Iterator<ShopEvent> {

    private final ShopCalendar calendar;
    private final Agenda agenda = new Agenda();
    private final EventSink sink;
    private final Population population;

    public SimulatedShop(ShopConfig config) {
        calendar = new ShopCalendar(config.start());
        sink = new EventSink(calendar);
        SplittableRandom root = new SplittableRandom(config.seed());
        // Split in a fixed order: each part gets its own stream, so e.g. guest traffic does not shift customer draws.
        SplittableRandom catalogueRandom = root.split();
        SplittableRandom stockRandom = root.split();
        SplittableRandom customerRandom = root.split();
        SplittableRandom guestRandom = root.split();

        Catalogue catalogue = new Catalogue(config.products(), catalogueRandom, calendar);
        TrafficProfile traffic = new TrafficProfile(calendar);
        Ids ids = new Ids();
        Inventory inventory = new Inventory(catalogue, config.customers(), stockRandom, calendar, agenda, sink);
        Checkout checkout = new Checkout(inventory, sink, agenda, ids);
        Visits visits = new Visits(catalogue, traffic, agenda, sink, checkout, ids);
        population = new Population(config.customers(), customerRandom, catalogue, traffic, agenda, visits);
        GuestTraffic guests = new GuestTraffic(catalogue, traffic, agenda, sink, ids, guestRandom, population::size);

        inventory.startReporting(0); // the opening stock report is the first event, at start
        population.open(0);
        guests.open(0);
    }

    /** Always true: the shop never closes. */
    @Override
    public boolean hasNext() {
        return true;
    }

    @Override
    public ShopEvent next() {
        while (sink.isEmpty()) {
            if (!agenda.runNext()) {
                throw new IllegalStateException("the simulation ran out of scheduled actions");
            }
        }
        return sink.take();
    }

    /**
     * The hidden traits of a customer who has arrived in the events generated so far; empty for unknown ids. The
     * dropout time is only known once the simulation has reached it.
     */
    public Optional<CustomerTruth> truth(String customerId) {
        return population.find(customerId).map(c -> c.truth(calendar));
    }
}
