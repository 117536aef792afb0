package dev.shoplens.simulator;

import java.util.SplittableRandom;
import java.util.function.IntSupplier;

/**
 * Starts guest visits as one Poisson stream (following the daily and weekly traffic pattern) whose rate grows with
 * the customer base, so that guests stay a stable minority of the traffic as the shop grows.
 */
final class GuestTraffic {

    /** Guest visits per week per registered customer; customers average about 2.6, so guests are roughly 20%. */
    private static final double VISITS_PER_CUSTOMER_WEEK = 0.6;

    private final Catalogue catalogue;
    private final TrafficProfile traffic;
    private final Agenda agenda;
    private final EventSink sink;
    private final Ids ids;
    private final SplittableRandom rng;
    private final IntSupplier customerCount;
    private final double[] categoryWeights;

    GuestTraffic(
            Catalogue catalogue,
            TrafficProfile traffic,
            Agenda agenda,
            EventSink sink,
            Ids ids,
            SplittableRandom rng,
            IntSupplier customerCount) {
        this.catalogue = catalogue;
        this.traffic = traffic;
        this.agenda = agenda;
        this.sink = sink;
        this.ids = ids;
        this.rng = rng;
        this.customerCount = customerCount;
        this.categoryWeights = catalogue.baseCategoryWeights();
    }

    void open(long now) {
        scheduleNext(now);
    }

    private void scheduleNext(long after) {
        // The rate is fixed at scheduling time; the customer base changes slowly enough for that to be accurate.
        double perWeek = VISITS_PER_CUSTOMER_WEEK * Math.max(1, customerCount.getAsInt());
        agenda.at(traffic.next(rng, after, perWeek), t -> {
            new GuestVisit(ids.nextSession(), catalogue, agenda, sink, rng, categoryWeights).start(t);
            scheduleNext(t);
        });
    }
}
