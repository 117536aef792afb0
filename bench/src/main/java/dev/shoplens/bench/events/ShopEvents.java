package dev.shoplens.bench.events;

import dev.shoplens.event.RawEvent;
import dev.shoplens.simulator.SimulatedFeed;
import dev.shoplens.time.ShopClock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulated shop's events as the job receives them (JSON payloads), generated once and kept in a list. The
 * {@link #SMALL} shop (500 customers) makes even a short run span months of event time, so labels mature, models
 * retrain and forecasts close days within it; the {@link #LARGE} one (100,000 customers) has the state of a real
 * shop, and a run of it spans days.
 */
public final class ShopEvents {

    static final long SEED = 42;
    public static final int SMALL = 500;
    public static final int LARGE = 100_000;
    static final int PRODUCTS = 100;
    /**
     * How far back the simulated history starts: the small shop makes about 750 events a day, so the most events a
     * measurement holds (a million) span about 1,350 days. Were the history to reach today, the simulation would
     * wait for the clock as a live shop does, and the bench would stall.
     */
    static final Duration HISTORY = Duration.ofDays(2_000);

    private ShopEvents() {}

    /** The first {@code count} events of the small shop. */
    public static List<RawEvent> generate(int count) {
        return generate(SMALL, count);
    }

    /**
     * The first {@code count} events of a shop of {@code customers}. Its history starts {@link #HISTORY} back, so that even
     * the largest run stays in the past and no event is judged to come from the future.
     */
    public static List<RawEvent> generate(int customers, int count) {
        Instant start = Instant.now().minus(HISTORY).truncatedTo(ChronoUnit.DAYS);
        List<RawEvent> events = new ArrayList<>(count);
        new SimulatedFeed(SEED, customers, PRODUCTS, start, ShopClock.system(), count)
                .open()
                .forEachRemaining(events::add);
        return events;
    }
}
