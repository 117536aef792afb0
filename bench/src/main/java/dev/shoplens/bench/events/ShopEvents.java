package dev.shoplens.bench.events;

import dev.shoplens.event.RawEvent;
import dev.shoplens.jobs.source.SimulatedFeed;
import dev.shoplens.time.ShopClock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulated shop's events as the job receives them (JSON payloads), generated once and kept in a list. The shop
 * is smaller than the demo's (500 customers) so that even a short run spans months of event time: labels mature,
 * models retrain and forecasts close days within it, as they do in a long run, and the event mix is the steady one.
 */
public final class ShopEvents {

    static final long SEED = 42;
    static final int CUSTOMERS = 500;
    static final int PRODUCTS = 100;

    private ShopEvents() {}

    /**
     * The first {@code count} events of the demo's shop. Its history starts two years back, so that even the largest
     * run stays in the past and no event is judged to come from the future.
     */
    public static List<RawEvent> generate(int count) {
        Instant start = Instant.now().minus(Duration.ofDays(730)).truncatedTo(ChronoUnit.DAYS);
        List<RawEvent> events = new ArrayList<>(count);
        new SimulatedFeed(SEED, CUSTOMERS, PRODUCTS, start, ShopClock.system(), count)
                .open()
                .forEachRemaining(events::add);
        return events;
    }
}
