package dev.shoplens.simulator;

/**
 * Keeps each customer visiting: the next session is scheduled when the previous one ends (so a customer never has
 * two at once), at the customer's own rate shaped by the traffic pattern, until the customer drops out.
 */
final class Visits {

    private final Catalogue catalogue;
    private final TrafficProfile traffic;
    private final Agenda agenda;
    private final EventSink sink;
    private final Checkout checkout;
    private final Ids ids;

    Visits(Catalogue catalogue, TrafficProfile traffic, Agenda agenda, EventSink sink, Checkout checkout, Ids ids) {
        this.catalogue = catalogue;
        this.traffic = traffic;
        this.agenda = agenda;
        this.sink = sink;
        this.checkout = checkout;
        this.ids = ids;
    }

    /** Starts a session now; a newcomer's arrival is their first visit. The next is planned when it ends. */
    void visitNow(Customer customer, long now) {
        String sessionId = ids.nextSession();
        CustomerSession session = new CustomerSession(
                customer, sessionId, catalogue, agenda, sink, checkout, end -> scheduleNext(customer, end));
        session.start(now);
    }

    /** Schedules the customer's next visit after {@code after}, unless they have dropped out. */
    void scheduleNext(Customer customer, long after) {
        if (customer.isActive()) {
            long at = traffic.next(customer.rng(), after, customer.sessionsPerWeek());
            agenda.at(at, t -> visitNow(customer, t));
        }
    }
}
