package dev.shoplens.retrain.sequences;

import dev.shoplens.models.labels.LabelWindow;
import dev.shoplens.orders.OrderRow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Cuts a customer's history into a daily sequence ending at a cut-off (a UTC midnight) and labels it with what
 * happened after. The sequence reads only orders and days of activity before the cut-off and the labels only orders from it on, so a
 * model never sees what it is asked to predict; labels whose horizon has not passed by {@code knownUntil} are left
 * null rather than guessed.
 */
public final class SequenceBuilder {

    private static final double DAY_SECONDS = 86_400.0;

    private final SequenceSettings settings;

    public SequenceBuilder(SequenceSettings settings) {
        this.settings = settings;
    }

    public SequenceExample example(StoredCustomer customer, Instant cutOff, Instant knownUntil) {
        if (!cutOff.equals(cutOff.truncatedTo(ChronoUnit.DAYS))) {
            throw new IllegalArgumentException("a cut-off is a UTC midnight: " + cutOff);
        }
        return new SequenceExample(
                customer.customerId(),
                cutOff,
                values(customer, cutOff),
                label(customer, cutOff, settings.horizons().purchase(), knownUntil),
                negate(label(customer, cutOff, settings.horizons().churn(), knownUntil)));
    }

    float[][] values(StoredCustomer customer, Instant cutOff) {
        int days = settings.days();
        double[][] raw = new double[Channel.count()][days];
        Instant start = cutOff.minus(Duration.ofDays(days));
        for (OrderRow order : customer.orders()) {
            if (!order.time().isBefore(cutOff)) {
                break;
            }
            if (order.time().isBefore(start)) {
                continue;
            }
            int day = (int) Duration.between(start, order.time()).toDays();
            if (order.isPurchase()) {
                raw[Channel.ORDERS.ordinal()][day] += 1;
                raw[Channel.REVENUE.ordinal()][day] += order.amount();
            } else {
                raw[Channel.RETURNS.ordinal()][day] += 1;
                raw[Channel.REFUNDS.ordinal()][day] += order.amount();
            }
        }
        fillActivity(customer, start, raw);
        fillClocks(customer, start, raw);
        float[][] scaled = new float[Channel.count()][days];
        for (Channel channel : Channel.values()) {
            for (int d = 0; d < days; d++) {
                scaled[channel.ordinal()][d] = channel.scale(raw[channel.ordinal()][d]);
            }
        }
        return scaled;
    }

    /** Each day's product views and cart adds; days before the window or from the cut-off on are not read. */
    private void fillActivity(StoredCustomer customer, Instant start, double[][] raw) {
        LocalDate first = LocalDate.ofInstant(start, ZoneOffset.UTC);
        for (DailyActivity activity : customer.days()) {
            long day = ChronoUnit.DAYS.between(first, activity.day());
            if (day >= settings.days()) {
                break;
            }
            if (day >= 0) {
                raw[Channel.VIEWS.ordinal()][(int) day] = activity.views();
                raw[Channel.CART_ADDS.ordinal()][(int) day] = activity.cartAdds();
            }
        }
    }

    /**
     * Days since the last order and tenure at the end of each day; before the first order, days since the last
     * order counts from the first visit, as the streaming features do ("no order yet in 12 days").
     */
    private void fillClocks(StoredCustomer customer, Instant start, double[][] raw) {
        for (int d = 0; d < settings.days(); d++) {
            Instant endOfDay = start.plus(Duration.ofDays(d + 1));
            if (!customer.firstSeen().isBefore(endOfDay)) {
                continue;
            }
            Instant lastOrder = lastPurchaseBefore(customer, endOfDay);
            Instant clockStart = lastOrder == null ? customer.firstSeen() : lastOrder;
            raw[Channel.DAYS_SINCE_LAST_ORDER.ordinal()][d] = daysBetween(clockStart, endOfDay);
            raw[Channel.TENURE.ordinal()][d] = daysBetween(customer.firstSeen(), endOfDay);
        }
    }

    private static Instant lastPurchaseBefore(StoredCustomer customer, Instant end) {
        Instant last = null;
        for (OrderRow order : customer.orders()) {
            if (!order.time().isBefore(end)) {
                break;
            }
            if (order.isPurchase()) {
                last = order.time();
            }
        }
        return last;
    }

    /** Whether the customer bought in the horizon after the cut-off ({@link LabelWindow}); null while it is open. */
    private static Boolean label(StoredCustomer customer, Instant cutOff, Duration horizon, Instant knownUntil) {
        Instant end = cutOff.plus(horizon);
        if (end.isAfter(knownUntil)) {
            return null;
        }
        for (OrderRow order : customer.orders()) {
            if (order.isPurchase() && LabelWindow.contains(cutOff, horizon, order.time())) {
                return true;
            }
        }
        return false;
    }

    private static Boolean negate(Boolean value) {
        return value == null ? null : !value;
    }

    private static double daysBetween(Instant from, Instant to) {
        return Duration.between(from, to).toSeconds() / DAY_SECONDS;
    }
}
