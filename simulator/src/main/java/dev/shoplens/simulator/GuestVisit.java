package dev.shoplens.simulator;

import java.util.SplittableRandom;

/**
 * A visit by someone who is not signed in: a few views with a session id but no customer id. Guests only browse, so
 * every purchase can be attributed to a customer.
 */
final class GuestVisit {

    private static final double EXTRA_VIEWS_MEAN = 2;
    private static final int MAX_VIEWS = 20;

    private final String sessionId;
    private final Catalogue catalogue;
    private final Agenda agenda;
    private final EventSink sink;
    private final SplittableRandom rng;
    private final double[] categoryWeights;
    private int viewsLeft;

    GuestVisit(
            String sessionId,
            Catalogue catalogue,
            Agenda agenda,
            EventSink sink,
            SplittableRandom rng,
            double[] categoryWeights) {
        this.sessionId = sessionId;
        this.catalogue = catalogue;
        this.agenda = agenda;
        this.sink = sink;
        this.rng = rng;
        this.categoryWeights = categoryWeights;
        this.viewsLeft = 1 + Sampling.geometric(rng, EXTRA_VIEWS_MEAN, MAX_VIEWS);
    }

    void start(long now) {
        step(now);
    }

    private void step(long now) {
        int category = catalogue.pickCategory(rng, categoryWeights, now);
        sink.view(null, sessionId, catalogue.pickProduct(rng, category, now), now);
        if (--viewsLeft > 0) {
            agenda.at(now + (long) ((10 + 40 * Sampling.exponential(rng)) * ShopCalendar.SECOND), this::step);
        }
    }
}
