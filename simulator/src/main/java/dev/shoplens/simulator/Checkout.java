package dev.shoplens.simulator;

import dev.shoplens.event.OrderLine;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Turns a cart into an order: takes what is in stock (a line with nothing left is a lost sale), emits the purchase,
 * and, with the customer's return propensity, schedules a return of part of the order a few days later.
 */
final class Checkout {

    private static final long MIN_RETURN_DELAY = 2 * ShopCalendar.DAY;
    private static final long MAX_RETURN_DELAY = 14 * ShopCalendar.DAY;
    private static final double RETURN_LINE_PROBABILITY = 0.6;

    private final Inventory inventory;
    private final EventSink sink;
    private final Agenda agenda;
    private final Ids ids;

    Checkout(Inventory inventory, EventSink sink, Agenda agenda, Ids ids) {
        this.inventory = inventory;
        this.sink = sink;
        this.agenda = agenda;
        this.ids = ids;
    }

    /** What one order line bought, kept with the product so a return can restock it. */
    private record Bought(Product product, int quantity) {}

    /** Places the order; false if nothing in the cart was in stock (no purchase event then). */
    boolean buy(Customer customer, String sessionId, Cart cart, long now) {
        List<Bought> bought = new ArrayList<>(cart.size());
        for (Cart.Line line : cart.lines()) {
            int taken = inventory.take(line.product(), line.quantity(), now);
            if (taken > 0) {
                bought.add(new Bought(line.product(), taken));
            }
        }
        if (bought.isEmpty()) {
            return false;
        }
        String orderId = ids.nextOrder();
        sink.purchase(customer.id(), sessionId, orderId, orderLines(bought), now);
        SplittableRandom rng = customer.rng();
        if (rng.nextDouble() < customer.returnProbability()) {
            scheduleReturn(
                    customer.id(),
                    orderId,
                    returnedPart(bought, rng),
                    now + Sampling.between(rng, MIN_RETURN_DELAY, MAX_RETURN_DELAY));
        }
        return true;
    }

    /** Some of the lines (at least one), each with between one unit and all of them. */
    private static List<Bought> returnedPart(List<Bought> bought, SplittableRandom rng) {
        List<Bought> part = new ArrayList<>(bought.size());
        for (Bought b : bought) {
            if (rng.nextDouble() < RETURN_LINE_PROBABILITY) {
                part.add(new Bought(b.product(), 1 + rng.nextInt(b.quantity())));
            }
        }
        if (part.isEmpty()) {
            Bought b = bought.get(rng.nextInt(bought.size()));
            part.add(new Bought(b.product(), 1 + rng.nextInt(b.quantity())));
        }
        return part;
    }

    private void scheduleReturn(String customerId, String orderId, List<Bought> part, long at) {
        agenda.at(at, t -> {
            for (Bought b : part) {
                inventory.putBack(b.product(), b.quantity());
            }
            sink.returned(customerId, orderId, orderLines(part), t);
        });
    }

    private static List<OrderLine> orderLines(List<Bought> bought) {
        List<OrderLine> lines = new ArrayList<>(bought.size());
        for (Bought b : bought) {
            lines.add(new OrderLine(
                    b.product().id(),
                    b.quantity(),
                    b.product().price(),
                    b.product().categoryName()));
        }
        return lines;
    }
}
