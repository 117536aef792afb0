package dev.shoplens.simulator;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Who the customers are and when they arrive: a share exists at start, the rest of the configured base arrives over
 * the ramp-up period as a Poisson stream following the traffic pattern, then newcomers keep trickling in at a tenth
 * of that rate. Customer ids ({@code c00001}, ...) follow arrival order.
 */
final class Population {

    static final double INITIAL_SHARE = 0.2;
    static final long RAMP_UP = 120 * ShopCalendar.DAY;
    static final double TRICKLE_SHARE_OF_RAMP = 0.1;

    private final int target;
    private final int initial;
    private final double rampPerWeek;
    private final double tricklePerWeek;
    private final SplittableRandom rng;
    private final Catalogue catalogue;
    private final TrafficProfile traffic;
    private final Agenda agenda;
    private final Visits visits;
    // Only looked up by id, never iterated, so hash order cannot leak into the event stream.
    private final Map<String, Customer> byId = new HashMap<>();

    Population(
            int customers,
            SplittableRandom rng,
            Catalogue catalogue,
            TrafficProfile traffic,
            Agenda agenda,
            Visits visits) {
        this.target = customers;
        this.initial = Math.max(1, (int) Math.round(customers * INITIAL_SHARE));
        double weeks = (double) RAMP_UP / ShopCalendar.WEEK;
        // The trickle rate is defined from the configured size, so it stays positive even when nobody is left to ramp.
        this.rampPerWeek = (customers - initial) / weeks;
        this.tricklePerWeek = TRICKLE_SHARE_OF_RAMP * customers * (1 - INITIAL_SHARE) / weeks;
        this.rng = rng;
        this.catalogue = catalogue;
        this.traffic = traffic;
        this.agenda = agenda;
        this.visits = visits;
    }

    /** Creates the initial customers (their first visits come at their own pace) and starts the arrivals. */
    void open(long now) {
        for (int i = 0; i < initial; i++) {
            visits.scheduleNext(newCustomer(now), now);
        }
        scheduleArrival(now);
    }

    private void scheduleArrival(long after) {
        double perWeek = byId.size() < target ? rampPerWeek : tricklePerWeek;
        agenda.at(traffic.next(rng, after, perWeek), t -> {
            visits.visitNow(newCustomer(t), t);
            scheduleArrival(t);
        });
    }

    private Customer newCustomer(long now) {
        String id = String.format("c%05d", byId.size() + 1);
        Customer customer = Customer.draw(id, now, rng.split(), catalogue);
        byId.put(id, customer);
        return customer;
    }

    int size() {
        return byId.size();
    }

    Optional<Customer> find(String customerId) {
        return Optional.ofNullable(byId.get(customerId));
    }
}
