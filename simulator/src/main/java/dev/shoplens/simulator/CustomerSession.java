package dev.shoplens.simulator;

import java.util.SplittableRandom;
import java.util.function.LongConsumer;

/**
 * One visit of a registered customer, played out step by step on the agenda: a few product views, sometimes adding
 * the viewed product to the cart or taking something out again, and at the end a checkout if the visit was meant to
 * buy. A visit that leaves things in the cart without buying is an abandoned cart. Whether the visit is meant to buy
 * is decided up front with the customer's purchase probability, so that probability is the ground truth.
 */
final class CustomerSession {

    private static final double EXTRA_VIEWS_MEAN = 5;
    private static final int MAX_VIEWS = 40;
    private static final double ADD_WHEN_BUYING = 0.30;
    private static final double ADD_WHEN_BROWSING = 0.05;
    private static final double REMOVE_PER_STEP = 0.07;
    private static final double STAY_IN_CATEGORY = 0.55;

    private final Customer customer;
    private final String sessionId;
    private final Catalogue catalogue;
    private final Agenda agenda;
    private final EventSink sink;
    private final Checkout checkout;
    private final LongConsumer onEnd;
    private final SplittableRandom rng;
    private final Cart cart = new Cart();
    private final boolean buying;
    private int viewsLeft;
    private int category = -1;
    private Product toAdd;

    CustomerSession(
            Customer customer,
            String sessionId,
            Catalogue catalogue,
            Agenda agenda,
            EventSink sink,
            Checkout checkout,
            LongConsumer onEnd) {
        this.customer = customer;
        this.sessionId = sessionId;
        this.catalogue = catalogue;
        this.agenda = agenda;
        this.sink = sink;
        this.checkout = checkout;
        this.onEnd = onEnd;
        this.rng = customer.rng();
        this.buying = rng.nextDouble() < customer.purchaseProbability();
        int views = 1 + Sampling.geometric(rng, EXTRA_VIEWS_MEAN, MAX_VIEWS);
        this.viewsLeft = buying ? Math.max(2, views) : views;
    }

    /** Runs the first step now; the session then keeps itself going on the agenda until it ends. */
    void start(long now) {
        step(now);
    }

    private void step(long now) {
        if (toAdd != null) {
            addToCart(now);
        } else if (viewsLeft == 0) {
            finish(now);
            return;
        } else if (shouldRemove()) {
            Cart.Line line = cart.remove(rng.nextInt(cart.size()));
            sink.cartRemove(customer.id(), sessionId, line.product(), line.quantity(), now);
        } else {
            view(now);
        }
        agenda.at(now + gapAfterStep(), this::step);
    }

    private boolean shouldRemove() {
        // A buyer keeps at least one line so that a purchase intent is not silently cancelled.
        int keep = buying ? 2 : 1;
        return cart.size() >= keep && rng.nextDouble() < REMOVE_PER_STEP;
    }

    private void view(long now) {
        if (category < 0 || rng.nextDouble() >= STAY_IN_CATEGORY) {
            category = catalogue.pickCategory(rng, customer.categoryWeights(), now);
        }
        Product product = catalogue.pickProduct(rng, category, now);
        sink.view(customer.id(), sessionId, product, now);
        viewsLeft--;
        boolean lastChanceToBuy = buying && viewsLeft == 0 && cart.isEmpty();
        if (lastChanceToBuy || rng.nextDouble() < (buying ? ADD_WHEN_BUYING : ADD_WHEN_BROWSING)) {
            toAdd = product;
        }
    }

    private void addToCart(long now) {
        int quantity = quantity();
        cart.add(toAdd, quantity);
        sink.cartAdd(customer.id(), sessionId, toAdd, quantity, now);
        toAdd = null;
    }

    private int quantity() {
        double u = rng.nextDouble();
        return u < 0.7 ? 1 : u < 0.9 ? 2 : 3;
    }

    /** Think time before the next step: quick after a view that leads to an add, longer before checkout. */
    private long gapAfterStep() {
        double seconds;
        if (toAdd != null) {
            seconds = 5 + 15 * Sampling.exponential(rng);
        } else if (viewsLeft == 0) {
            seconds = 20 + 60 * Sampling.exponential(rng);
        } else {
            seconds = 10 + 50 * Sampling.exponential(rng);
        }
        return (long) (seconds * ShopCalendar.SECOND);
    }

    private void finish(long now) {
        if (buying && !cart.isEmpty() && checkout.buy(customer, sessionId, cart, now)) {
            if (rng.nextDouble() < customer.dropoutProbability()) {
                customer.dropOut(now);
            }
        }
        onEnd.accept(now);
    }
}
