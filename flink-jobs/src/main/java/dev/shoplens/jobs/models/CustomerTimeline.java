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

    /**
     * The first midnight at which a snapshot waiting for its labels matures or goes (Long.MAX_VALUE: none waits),
     * as of the last time they were read; Long.MIN_VALUE when not known (a timeline of a release up to 2026-12-07).
     */
    public long pendingChangesAt = Long.MIN_VALUE;

    /** Where a timeline's outputs go. */
    public interface Output {
        /** Features to score: {@code daily} for a midnight snapshot, else as of an event. */
        void score(CustomerFeatures features, boolean daily);

        void example(LabelledExample example);

        /** A snapshot that refreshes the customer in the segmentation's data. */
        void segmentSnapshot(CustomerFeatures features);

        /**
         * Whether midnights are scored: a job that only trains (a backtest's calibration) takes a midnight's
         * features only on the customer's example days.
         */
        default boolean scoresMidnights() {
            return true;
        }
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

    /**
     * Whether running the ticks up to {@code until} reads or changes the snapshots waiting for labels: a tick that
     * takes a snapshot, or one at or after {@link #pendingChangesAt}. Only these need them loaded.
     */
    public boolean ticksTouchPending(String customerId, long until, ModelSettings settings) {
        if (nextTick == Long.MIN_VALUE) {
            return false;
        }
        int ticks = 0;
        for (long at = nextTick; at <= until; at += DAY) {
            if (++ticks > 7 || at >= pendingChangesAt || isExampleDay(customerId, at, settings)) {
                return true; // a long run of ticks (a customer back after weeks) reads them once anyway
            }
        }
        return false;
    }

    /** Works out {@link #pendingChangesAt} from the snapshots, which must be loaded. */
    public void notePendingChanges(ModelSettings settings) {
        long next = Long.MAX_VALUE;
        for (PendingSnapshot p : pending) {
            for (ModelKind kind : LABELLED) {
                if ((p.matured & (1 << kind.ordinal())) == 0) {
                    next = Math.min(next, p.at + settings.horizons().of(kind).toMillis());
                }
            }
        }
        pendingChangesAt = next;
    }

    /** Silent longer than the retention: nothing more to learn from or score. */
    public boolean isForgotten(ModelSettings settings) {
        return nextTick != Long.MIN_VALUE
                && nextTick - history.lastSeen > settings.retention().toMillis();
    }

    private void tick(String customerId, long at, ModelSettings settings, Output out) {
        boolean exampleDay = isExampleDay(customerId, at, settings);
        CustomerFeatures features = null;
        if (out.scoresMidnights()) {
            features = history.features(customerId, at);
            out.score(features, true);
        }
        mature(at, settings, out);
        if (exampleDay) {
            if (features == null) {
                features = history.features(customerId, at);
            }
            pending.add(new PendingSnapshot(at, features, history.totalOrders, history.totalRevenue));
            out.segmentSnapshot(features);
        }
    }

    private static final ModelKind[] LABELLED = {ModelKind.PURCHASE, ModelKind.CHURN, ModelKind.VALUE};

    /**
     * Labels the snapshots whose horizons end at {@code at}, oldest snapshot first and kinds in {@link #LABELLED}
     * order, and drops those past the longest horizon. This runs for every customer at every midnight, and a long
     * horizon keeps dozens of snapshots waiting: it looks only at the few that can mature. The snapshots are in the
     * order of their midnights and every tick labels all that are due, so for each kind the labelled ones are the
     * oldest: the search starts at the oldest due one still unlabelled and stops at the first not due.
     */
    private void mature(long at, ModelSettings settings, Output out) {
        if (pending.isEmpty()) {
            return;
        }
        long[] horizons = new long[LABELLED.length];
        long shortest = Long.MAX_VALUE;
        int from = pending.size();
        for (int k = 0; k < LABELLED.length; k++) {
            horizons[k] = settings.horizons().of(LABELLED[k]).toMillis();
            shortest = Math.min(shortest, horizons[k]);
            from = Math.min(from, oldestUnlabelled(at - horizons[k], 1 << LABELLED[k].ordinal()));
        }
        Instant maturedAt = Instant.ofEpochMilli(at);
        for (int i = from; i < pending.size() && pending.get(i).at + shortest <= at; i++) {
            PendingSnapshot p = pending.get(i);
            for (int k = 0; k < LABELLED.length; k++) {
                int bit = 1 << LABELLED[k].ordinal();
                if ((p.matured & bit) == 0 && p.at + horizons[k] <= at) {
                    p.matured |= bit;
                    out.example(new LabelledExample(LABELLED[k], p.features, outcome(p, horizons[k]), maturedAt));
                }
            }
        }
        long longest = settings.horizons().longest().toMillis();
        int done = 0;
        while (done < pending.size() && pending.get(done).at + longest <= at) {
            done++;
        }
        pending.subList(0, done).clear();
    }

    /**
     * The index of the oldest snapshot taken at or before {@code dueBy} that {@code bit}'s kind has not labelled;
     * the number of snapshots when every due one is labelled.
     */
    private int oldestUnlabelled(long dueBy, int bit) {
        int due = dueCount(dueBy);
        int i = due;
        while (i > 0 && (pending.get(i - 1).matured & bit) == 0) {
            i--;
        }
        return i == due ? pending.size() : i;
    }

    /** How many snapshots were taken at or before {@code time} (they are in the order of their midnights). */
    private int dueCount(long time) {
        int low = 0;
        int high = pending.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (pending.get(mid).at <= time) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
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
