package dev.shoplens.simulator;

import java.util.SplittableRandom;

/**
 * Stock on hand per product with a reorder-point policy: when a sale takes stock below the reorder level, a
 * replenishment up to the order-up-to level is ordered and arrives after a lead time of a few days. Sales never take
 * more than is on hand (the rest is a lost sale). Stock is reported once a day at a fixed hour and right after each
 * delivery.
 */
final class Inventory {

    /** Daily stock report hour (UTC): before the morning traffic picks up. */
    static final int REPORT_HOUR_UTC = 6;

    /** Rough units sold per customer per day, only used to size stock; demand drifts away from it on purpose. */
    private static final double UNITS_PER_CUSTOMER_DAY = 0.06;

    private static final long MIN_LEAD_TIME = 2 * ShopCalendar.DAY;
    private static final long MAX_LEAD_TIME = 6 * ShopCalendar.DAY;

    private final Catalogue catalogue;
    private final ShopCalendar calendar;
    private final Agenda agenda;
    private final EventSink sink;
    private final SplittableRandom rng;
    private final int[] onHand;
    private final int[] reorderLevel;
    private final int[] orderUpTo;
    private final boolean[] onOrder;

    Inventory(
            Catalogue catalogue,
            int customers,
            SplittableRandom rng,
            ShopCalendar calendar,
            Agenda agenda,
            EventSink sink) {
        this.catalogue = catalogue;
        this.calendar = calendar;
        this.agenda = agenda;
        this.sink = sink;
        this.rng = rng;
        int n = catalogue.products().size();
        onHand = new int[n];
        reorderLevel = new int[n];
        orderUpTo = new int[n];
        onOrder = new boolean[n];
        for (Product p : catalogue.products()) {
            double dailyDemand = customers * UNITS_PER_CUSTOMER_DAY * catalogue.expectedViewShare(p);
            int i = p.index();
            // Cover a lead time plus a buffer, then order two weeks' worth.
            reorderLevel[i] = (int) Math.ceil(dailyDemand * 6) + 2;
            orderUpTo[i] = reorderLevel[i] + (int) Math.ceil(dailyDemand * 14) + 4;
            onHand[i] = reorderLevel[i] + rng.nextInt(orderUpTo[i] - reorderLevel[i] + 1);
        }
    }

    /** Reports all stock now and then every day at {@link #REPORT_HOUR_UTC}. */
    void startReporting(long now) {
        reportAll(now);
        scheduleDailyReport(now);
    }

    private void scheduleDailyReport(long after) {
        agenda.at(calendar.nextHourOfDay(after, REPORT_HOUR_UTC), t -> {
            reportAll(t);
            scheduleDailyReport(t);
        });
    }

    private void reportAll(long t) {
        for (Product p : catalogue.products()) {
            sink.stock(p, onHand[p.index()], t);
        }
    }

    /** Takes up to {@code wanted} units; returns how many were actually there. */
    int take(Product product, int wanted, long now) {
        int i = product.index();
        int taken = Math.min(wanted, onHand[i]);
        onHand[i] -= taken;
        if (onHand[i] < reorderLevel[i] && !onOrder[i]) {
            order(product, now);
        }
        return taken;
    }

    /** Returned units go back on the shelf. */
    void putBack(Product product, int quantity) {
        onHand[product.index()] += quantity;
    }

    private void order(Product product, long now) {
        int i = product.index();
        onOrder[i] = true;
        int quantity = orderUpTo[i] - onHand[i];
        agenda.at(now + Sampling.between(rng, MIN_LEAD_TIME, MAX_LEAD_TIME), t -> deliver(product, quantity, t));
    }

    private void deliver(Product product, int quantity, long t) {
        int i = product.index();
        onHand[i] += quantity;
        onOrder[i] = false;
        sink.stock(product, onHand[i], t);
        if (onHand[i] < reorderLevel[i]) {
            order(product, t); // sold out again while the delivery was on its way
        }
    }
}
