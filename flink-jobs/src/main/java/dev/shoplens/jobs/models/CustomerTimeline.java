package dev.shoplens.jobs.models;

import dev.shoplens.event.EventType;
import dev.shoplens.event.ShopEvent;
import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.jobs.customers.CustomerHistory;
import dev.shoplens.models.labels.LabelWindow;
import dev.shoplens.models.labels.LabelledExample;
import dev.shoplens.models.labels.ModelKind;
import dev.shoplens.models.labels.Outcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * One customer as the models see them, in event time: their history, a daily tick at each UTC midnight, and the
 * snapshots waiting for their labels. Plain Java (the Flink function keeps it as state, the simulation test drives
 * it directly), and a Flink POJO.
 *
 * <p>No leakage: the tick for midnight T takes its snapshot and matures labels before any event at or after T is
 * applied (such an event first runs the ticks up to and including its time), so a snapshot holds only events before
 * T and a label only orders in [snapshot, snapshot + horizon), as {@link LabelWindow} defines it for every model.
 * Events must come in event-time order across midnights: the Flink function holds back an event until the watermark
 * has passed the midnights up to it; only a late event (behind the watermark, after its midnight's tick has run)
 * counts from the next tick.
 */
public class CustomerTimeline {

    static final long DAY = 86_400_000L;

    public CustomerHistory history = new CustomerHistory();
    public long nextTick = Long.MIN_VALUE;
    public List<PendingSnapshot> pending = new ArrayList<>();

    /** Where a timeline's outputs go. */
    public interface Output {
        /** Features to score: {@code daily} for a midnight snapshot, else as of an event. */
        void score(CustomerFeatures features, boolean daily);

        void example(LabelledExample example);

        /** A snapshot that refreshes the customer in the segmentation's data. */
        void segmentSnapshot(CustomerFeatures features);
    }

    /** Applies an event after running the ticks before it; emits the features as of the event. */
    public void apply(String customerId, ShopEvent event, ModelSettings settings, Output out) {
        long t = event.time().toEpochMilli();
        if (nextTick == Long.MIN_VALUE) {
            nextTick = Math.floorDiv(t, DAY) * DAY + DAY;
        }
        runTicksUpTo(customerId, t, settings, out);
        history.apply(event);
        if (event.type() == EventType.PURCHASE) {
            for (PendingSnapshot p : pending) {
                // The earliest order from the snapshot on, whichever of two orders of one day arrives first.
                if (t >= p.at && (p.firstOrderAfter < 0 || t < p.firstOrderAfter)) {
                    p.firstOrderAfter = t;
                }
            }
        }
        out.score(history.features(customerId), false);
    }

    /** Runs every tick at or before {@code time}: before an event at that time, or once the watermark passed it. */
    public void runTicksUpTo(String customerId, long time, ModelSettings settings, Output out) {
        while (nextTick <= time && !isForgotten(settings)) {
            tick(customerId, nextTick, settings, out);
            nextTick += DAY;
        }
    }

    /** Silent longer than the retention: nothing more to learn from or score. */
    public boolean isForgotten(ModelSettings settings) {
        return nextTick != Long.MIN_VALUE
                && nextTick - history.lastSeen > settings.retention().toMillis();
    }

    private void tick(String customerId, long at, ModelSettings settings, Output out) {
        CustomerFeatures features = history.features(customerId, at);
        out.score(features, true);
        mature(at, settings, out);
        if (isExampleDay(customerId, at, settings)) {
            pending.add(new PendingSnapshot(at, features, history.totalOrders, history.totalRevenue));
            out.segmentSnapshot(features);
        }
    }

    private static final ModelKind[] LABELLED = {ModelKind.PURCHASE, ModelKind.CHURN, ModelKind.VALUE};

    private void mature(long at, ModelSettings settings, Output out) {
        if (pending.isEmpty()) {
            return;
        }
        // Worked out once a tick: this runs for every customer at every midnight.
        long[] horizons = new long[LABELLED.length];
        for (int k = 0; k < LABELLED.length; k++) {
            horizons[k] = settings.horizons().of(LABELLED[k]).toMillis();
        }
        long longest = settings.horizons().longest().toMillis();
        Instant maturedAt = Instant.ofEpochMilli(at);
        for (Iterator<PendingSnapshot> it = pending.iterator(); it.hasNext(); ) {
            PendingSnapshot p = it.next();
            for (int k = 0; k < LABELLED.length; k++) {
                int bit = 1 << LABELLED[k].ordinal();
                if ((p.matured & bit) == 0 && p.at + horizons[k] <= at) {
                    p.matured |= bit;
                    out.example(new LabelledExample(LABELLED[k], p.features, outcome(p, horizons[k]), maturedAt));
                }
            }
            if (p.at + longest <= at) {
                it.remove();
            }
        }
    }

    private Outcome outcome(PendingSnapshot p, long horizon) {
        boolean ordered = p.firstOrderAfter >= 0 && LabelWindow.contains(p.at, horizon, p.firstOrderAfter);
        return new Outcome(
                history.totalOrders - p.orders,
                history.totalRevenue - p.revenue,
                ordered ? (p.firstOrderAfter - p.at) / (double) DAY : null);
    }

    /** Each customer gives an example every {@code exampleEvery} days, on days of their own phase. */
    static boolean isExampleDay(String customerId, long at, ModelSettings settings) {
        long every = settings.exampleEvery().toDays();
        long day = Math.floorDiv(at, DAY);
        return Math.floorMod(day + customerId.hashCode(), every) == 0;
    }
}
