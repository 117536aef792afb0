package dev.shoplens.simulator;

import java.util.SplittableRandom;

/**
 * A registered customer: hidden traits drawn once at arrival (how often they visit, how likely a visit ends in a
 * purchase, how often they return things, which categories they like) and the one piece of state that matters,
 * whether they have dropped out. Dropout follows BG/NBD: after each purchase the customer leaves for good with their
 * own probability, so long-silent frequent buyers really are gone.
 */
final class Customer {

    /** Preferred categories are browsed this many times more often than the rest. */
    private static final double PREFERENCE_BOOST = 5;

    private static final int PREFERRED_CATEGORIES = 2;

    private final String id;
    private final long arrivedAt;
    private final SplittableRandom rng;
    private final double sessionsPerWeek;
    private final double purchaseProbability;
    private final double returnProbability;
    private final double dropoutProbability;
    private final double[] categoryWeights;
    private long droppedOutAt = -1;

    private Customer(
            String id,
            long arrivedAt,
            SplittableRandom rng,
            double sessionsPerWeek,
            double purchaseProbability,
            double returnProbability,
            double dropoutProbability,
            double[] categoryWeights) {
        this.id = id;
        this.arrivedAt = arrivedAt;
        this.rng = rng;
        this.sessionsPerWeek = sessionsPerWeek;
        this.purchaseProbability = purchaseProbability;
        this.returnProbability = returnProbability;
        this.dropoutProbability = dropoutProbability;
        this.categoryWeights = categoryWeights;
    }

    /** Draws a new customer's traits; {@code rng} becomes the customer's own random stream. */
    static Customer draw(String id, long arrivedAt, SplittableRandom rng, Catalogue catalogue) {
        // Gamma heterogeneity in visit rates (mean about 2.6 a week, long right tail) as in NBD models.
        double sessionsPerWeek = Math.max(0.05, Sampling.gamma(rng, 1.3, 2.0));
        double purchase = Sampling.beta(rng, 2, 12); // mean 0.14
        double returns = Sampling.beta(rng, 1.5, 10); // mean 0.13
        double dropout = Sampling.beta(rng, 1, 6); // mean 0.14: about 7 purchases on average before leaving
        return new Customer(
                id, arrivedAt, rng, sessionsPerWeek, purchase, returns, dropout, preferences(rng, catalogue));
    }

    private static double[] preferences(SplittableRandom rng, Catalogue catalogue) {
        double[] weights = catalogue.baseCategoryWeights();
        double[] base = weights.clone();
        for (int k = 0; k < PREFERRED_CATEGORIES; k++) {
            double total = 0;
            for (double w : base) {
                total += w;
            }
            if (total == 0) {
                break; // fewer non-empty categories than preferences
            }
            double x = rng.nextDouble() * total;
            int chosen = 0;
            while (chosen < base.length - 1 && (base[chosen] == 0 || x >= base[chosen])) {
                x -= base[chosen];
                chosen++;
            }
            weights[chosen] *= PREFERENCE_BOOST;
            base[chosen] = 0; // two different favourites
        }
        return weights;
    }

    String id() {
        return id;
    }

    SplittableRandom rng() {
        return rng;
    }

    double sessionsPerWeek() {
        return sessionsPerWeek;
    }

    double purchaseProbability() {
        return purchaseProbability;
    }

    double returnProbability() {
        return returnProbability;
    }

    double dropoutProbability() {
        return dropoutProbability;
    }

    /** Category weights for {@link Catalogue#pickCategory}; callers must not modify them. */
    double[] categoryWeights() {
        return categoryWeights;
    }

    boolean isActive() {
        return droppedOutAt < 0;
    }

    void dropOut(long t) {
        droppedOutAt = t;
    }

    CustomerTruth truth(ShopCalendar calendar) {
        return new CustomerTruth(
                id,
                calendar.instant(arrivedAt),
                sessionsPerWeek,
                purchaseProbability,
                isActive() ? null : calendar.instant(droppedOutAt));
    }
}
