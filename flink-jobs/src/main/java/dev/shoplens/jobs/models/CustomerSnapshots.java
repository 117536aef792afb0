package dev.shoplens.jobs.models;

import dev.shoplens.event.EventType;
import dev.shoplens.event.ShopEvent;
import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.models.labels.LabelledExample;
import dev.shoplens.store.erasure.ErasedCustomers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Keyed by customer: keeps the {@link CustomerTimeline}, emits features to score (at each event and each midnight)
 * and, to {@link #TRAINING}, examples whose horizon has passed in event time and snapshots for the segmentation.
 * One event-time timer per customer, at the next midnight; a customer silent past the retention is forgotten with
 * their pending labels, so neither state nor timers outlive them. In a bounded replay no day after the data's end
 * is run (see {@link ModelSettings#dataEnd()}).
 *
 * <p>The snapshots waiting for their labels (up to one a week for the longest horizon, each a whole feature row) are
 * kept in a state of their own and read only where they can change: at a midnight and at a purchase. With RocksDB
 * every state read and write is a (de)serialization, and reading them with the timeline at every event was most of
 * the timeline's cost. A midnight reads them only when it takes a snapshot or one of them matures (the timeline
 * keeps when the next one does): with weekly snapshots and horizons of 7, 30 and 90 days, three midnights of seven.
 * A timeline restored from a savepoint of an earlier release still holds them and hands them over at its first read.
 *
 * <p>An event after a midnight the watermark has not passed waits (in event-time order) until it has: a customer's
 * events reach this function through parallel upstream subtasks and can overtake each other, so an event of
 * 00:01 may come before one of 23:59. Applied at once, it would run the midnight's snapshot without the 23:59 event
 * and count that event as an outcome after the snapshot; held, every snapshot and label is the same on every run.
 */
public class CustomerSnapshots extends KeyedProcessFunction<String, ShopEvent, ScoringInput> {

    public static final OutputTag<TrainingInput> TRAINING = new OutputTag<>("training") {};

    private static final Comparator<ShopEvent> EVENT_TIME =
            Comparator.comparing(ShopEvent::time).thenComparing(ShopEvent::eventId);

    private final ModelSettings settings;
    private final ErasedCustomers.Source erasedSource;
    private final boolean scoresMidnights;

    private transient ErasedCustomers erased;
    private transient ValueState<CustomerTimeline> timeline;
    private transient ValueState<List<PendingSnapshot>> pendingSnapshots;
    private transient ValueState<Long> timer;
    private transient ListState<ShopEvent> waiting;

    public CustomerSnapshots(ModelSettings settings, ErasedCustomers.Source erased) {
        this(settings, erased, true);
    }

    /**
     * @param scoresMidnights whether each midnight's features go out to be scored; without it (a job that only
     *     trains) the features as of each event, the examples and the segmentation snapshots still do
     */
    public CustomerSnapshots(ModelSettings settings, ErasedCustomers.Source erased, boolean scoresMidnights) {
        this.settings = settings;
        this.erasedSource = erased;
        this.scoresMidnights = scoresMidnights;
    }

    @Override
    public void open(OpenContext openContext) {
        timeline = getRuntimeContext().getState(new ValueStateDescriptor<>("timeline", CustomerTimeline.class));
        pendingSnapshots = getRuntimeContext()
                .getState(new ValueStateDescriptor<>(
                        "pending-snapshots", Types.LIST(TypeInformation.of(PendingSnapshot.class))));
        timer = getRuntimeContext().getState(new ValueStateDescriptor<>("tick-timer", Long.class));
        waiting = getRuntimeContext().getListState(new ListStateDescriptor<>("waiting-events", ShopEvent.class));
        erased = new ErasedCustomers(erasedSource, ErasedCustomers.REFRESH);
    }

    @Override
    public void processElement(ShopEvent event, Context ctx, Collector<ScoringInput> out) throws Exception {
        CustomerTimeline current = timeline.value();
        long watermark = ctx.timerService().currentWatermark();
        if (mustWait(current, event, watermark)) {
            waiting.add(event);
            schedule(ctx, wakeUp(current, watermark));
            return;
        }
        if (current == null) {
            current = new CustomerTimeline();
        }
        boolean withPending = touchesPending(current, event);
        if (withPending) {
            loadPending(current);
        }
        current.apply(ctx.getCurrentKey(), event, settings, output(ctx, out, scoresMidnights));
        store(current, withPending);
        schedule(ctx, current.nextTick);
    }

    /** A purchase may be the first order after a snapshot; an event past the next midnight runs that midnight. */
    static boolean touchesPending(CustomerTimeline current, ShopEvent event) {
        return event.type() == EventType.PURCHASE
                || (current.nextTick != Long.MIN_VALUE
                        && current.nextTick <= event.time().toEpochMilli());
    }

    /** The timeline's pending snapshots from their own state (a timeline of an earlier release holds them itself). */
    private void loadPending(CustomerTimeline current) throws Exception {
        if (!current.pending.isEmpty()) {
            return;
        }
        List<PendingSnapshot> stored = pendingSnapshots.value();
        current.pending = stored == null ? new ArrayList<>() : stored;
    }

    /** Writes the timeline without its pending snapshots, and those, if they were read, to their own state. */
    private void store(CustomerTimeline current, boolean withPending) throws Exception {
        if (withPending) {
            current.notePendingChanges(settings);
            if (current.pending.isEmpty()) {
                pendingSnapshots.clear();
            } else {
                pendingSnapshots.update(current.pending);
            }
            current.pending = new ArrayList<>();
        }
        timeline.update(current);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<ScoringInput> out) throws Exception {
        if (erased.isErased(ctx.getCurrentKey())) {
            // The customer's history goes, with what waited and the next tick: nothing of theirs comes out again.
            Long next = timer.value();
            if (next != null && next != timestamp) {
                ctx.timerService().deleteEventTimeTimer(next);
            }
            timer.clear();
            timeline.clear();
            pendingSnapshots.clear();
            waiting.clear();
            return;
        }
        timer.clear();
        CustomerTimeline stored = timeline.value();
        CustomerTimeline current = stored;
        CustomerTimeline.Output output = output(ctx, out, scoresMidnights);
        List<ShopEvent> held = new ArrayList<>();
        waiting.get().forEach(held::add);
        boolean withPending = false;
        if (current != null) {
            long until = settings.knownUntil(timestamp);
            // Most midnights neither take a snapshot nor mature a label: those leave the snapshots unread.
            withPending = !held.isEmpty() || current.ticksTouchPending(ctx.getCurrentKey(), until, settings);
            if (withPending) {
                loadPending(current);
            }
            current.runTicksUpTo(ctx.getCurrentKey(), until, settings, output);
            if (current.isForgotten(settings)) {
                current = null; // an event still waiting starts the customer afresh, as if it came later
            }
        }
        long watermark = ctx.timerService().currentWatermark();
        current = applyWaiting(ctx.getCurrentKey(), current, watermark, output, held);
        boolean eventsWait = !held.isEmpty();
        if (current == null) {
            timeline.clear();
            pendingSnapshots.clear();
        } else {
            store(current, withPending || current != stored); // a customer started afresh replaces what was kept
        }
        // The timer stays at the next midnight (even one the watermark has passed: it fires within this watermark),
        // so every midnight runs before the watermark moves on and the trainer never gets a label late.
        if (current != null && (eventsWait || settings.knownUntil(current.nextTick) == current.nextTick)) {
            schedule(ctx, current.nextTick);
        } else if (eventsWait) {
            schedule(ctx, wakeUp(null, watermark));
        }
    }

    /**
     * Whether applying the event now would run (or, for a new customer, skip) a midnight the watermark has not
     * passed: an earlier event of the customer may still be on its way. An event at a midnight runs that midnight
     * first (its snapshot holds what came before). Midnights the watermark has passed are final and run at once.
     */
    static boolean mustWait(CustomerTimeline current, ShopEvent event, long watermark) {
        return event.time().toEpochMilli() >= wakeUp(current, watermark);
    }

    /**
     * The first midnight still open: the customer's next tick, or for a customer without ticks yet (their first
     * event may not be the first to arrive) the first midnight after the watermark.
     */
    static long wakeUp(CustomerTimeline current, long watermark) {
        long firstAfterWatermark = nextMidnightAfter(watermark);
        if (current == null || current.nextTick == Long.MIN_VALUE) {
            return firstAfterWatermark;
        }
        return Math.max(current.nextTick, firstAfterWatermark);
    }

    static long nextMidnightAfter(long time) {
        if (time <= Long.MIN_VALUE + CustomerTimeline.DAY) {
            return Long.MIN_VALUE; // no watermark yet: no midnight is final
        }
        if (time >= Long.MAX_VALUE - CustomerTimeline.DAY) {
            return Long.MAX_VALUE;
        }
        return Math.floorDiv(time, CustomerTimeline.DAY) * CustomerTimeline.DAY + CustomerTimeline.DAY;
    }

    /**
     * Applies, in event-time order, the {@code held} events the watermark now allows and takes them out of it; the
     * rest wait on.
     */
    private CustomerTimeline applyWaiting(
            String customerId,
            CustomerTimeline current,
            long watermark,
            CustomerTimeline.Output output,
            List<ShopEvent> held)
            throws Exception {
        if (held.isEmpty()) {
            return current;
        }
        held.sort(EVENT_TIME);
        int applied = 0;
        while (applied < held.size() && !mustWait(current, held.get(applied), watermark)) {
            if (current == null) {
                current = new CustomerTimeline();
            }
            current.apply(customerId, held.get(applied), settings, output);
            applied++;
        }
        held.subList(0, applied).clear();
        waiting.update(held);
        return current;
    }

    private void schedule(Context ctx, long at) throws Exception {
        Long previous = timer.value();
        if (previous != null && previous == at) {
            return;
        }
        if (previous != null) {
            ctx.timerService().deleteEventTimeTimer(previous);
        }
        ctx.timerService().registerEventTimeTimer(at);
        timer.update(at);
    }

    private static CustomerTimeline.Output output(Context ctx, Collector<ScoringInput> out, boolean scoresMidnights) {
        return new CustomerTimeline.Output() {
            @Override
            public boolean scoresMidnights() {
                return scoresMidnights;
            }

            @Override
            public void score(CustomerFeatures features, boolean daily) {
                out.collect(new ScoringInput(features, daily));
            }

            @Override
            public void example(LabelledExample example) {
                ctx.output(TRAINING, TrainingInput.of(example));
            }

            @Override
            public void segmentSnapshot(CustomerFeatures features) {
                ctx.output(TRAINING, TrainingInput.of(features));
            }
        };
    }
}
