package dev.shoplens.jobs.ingest;

import dev.shoplens.activity.IngestProgress;
import dev.shoplens.event.Decoded;
import dev.shoplens.event.EventCodec;
import dev.shoplens.event.EventLimits;
import dev.shoplens.event.RawEvent;
import dev.shoplens.event.ShopEvent;
import dev.shoplens.privacy.CustomerPseudonyms;
import dev.shoplens.quality.RejectReason;
import dev.shoplens.quality.RejectedEvent;
import dev.shoplens.quality.Rejection;
import dev.shoplens.store.erasure.ErasedCustomers;
import dev.shoplens.time.ShopClock;
import java.time.Instant;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Decodes and validates raw payloads. A bad payload never fails the job: it goes to the {@link
 * Rejections#REJECTED} side output with its reason and origin, and the stream goes on. Every so often (by count or
 * wall time) it reports how far it has got to {@link Rejections#PROGRESS}, which freshness is measured against.
 * An erased customer's events go on anonymised (as a guest's), so that a replay or a later import never brings the
 * customer back; the list of erased customers is read again every {@link ErasedCustomers#REFRESH}. For a shop that
 * keeps its customers' own ids out of ShopLens, each customer id becomes its {@link CustomerPseudonyms pseudonym}
 * here, before anything keeps or checks it: everything after this operator (and the erased list) knows the pseudonym
 * alone. A rejected payload is kept as it came, for the engineer who fixes its producer (see the erasure).
 */
public class DecodeEvents extends ProcessFunction<RawEvent, AcceptedEvent> {

    static final int PROGRESS_EVERY_EVENTS = 5_000;
    static final long PROGRESS_EVERY_MILLIS = 500;

    private final EventLimits limits;
    private final ShopClock clock;
    private final ErasedCustomers.Source erasedSource;
    private final CustomerPseudonyms pseudonyms;

    private transient EventCodec codec;
    private transient ErasedCustomers erased;
    private transient RejectionCounters rejections;
    private transient String sourceName;
    private transient long accepted;
    private transient long newestEventMillis;
    private transient long acceptedAtLastReport;
    private transient long lastReportMillis;

    public DecodeEvents(EventLimits limits, ShopClock clock, ErasedCustomers.Source erased) {
        this(limits, clock, erased, CustomerPseudonyms.NONE);
    }

    public DecodeEvents(
            EventLimits limits, ShopClock clock, ErasedCustomers.Source erased, CustomerPseudonyms pseudonyms) {
        this.limits = limits;
        this.clock = clock;
        this.erasedSource = erased;
        this.pseudonyms = pseudonyms;
    }

    @Override
    public void open(OpenContext openContext) {
        codec = new EventCodec(limits);
        erased = new ErasedCustomers(erasedSource, ErasedCustomers.REFRESH);
        rejections = new RejectionCounters(getRuntimeContext().getMetricGroup());
        sourceName = "ingest-" + getRuntimeContext().getTaskInfo().getIndexOfThisSubtask();
        newestEventMillis = Long.MIN_VALUE;
    }

    @Override
    public void processElement(RawEvent raw, Context ctx, Collector<AcceptedEvent> out) {
        Decoded decoded = raw.importProblem() != null
                ? new Decoded.Rejected(new Rejection(RejectReason.UNPARSEABLE_ROW, raw.importProblem()), null)
                : codec.decode(raw.payload(), clock.now());
        if (decoded instanceof Decoded.Accepted accepted) {
            out.collect(new AcceptedEvent(asKept(accepted.event()), raw.origin()));
            countAccepted(accepted.event().time().toEpochMilli());
        } else if (decoded instanceof Decoded.Rejected rejected) {
            rejections.count(rejected.rejection().reason());
            String payload = RejectedEvent.readable(raw.payload());
            // Kept nowhere if it names an erased customer, as the store's writers drop what names an erased id.
            if (!mentionsAnErasedOwnId(payload)) {
                ctx.output(
                        Rejections.REJECTED,
                        RejectedEvent.of(
                                rejected.rejection(), raw.origin(), payload, Instant.now(), rejected.eventId()));
            }
        }
        reportProgressIfDue(ctx);
    }

    /** The event as ShopLens keeps it: its customer as their pseudonym, or as a guest once erased. */
    private ShopEvent asKept(ShopEvent event) {
        if (event.customerId() == null) {
            return event;
        }
        ShopEvent kept = pseudonyms.enabled() ? event.withCustomerId(pseudonyms.of(event.customerId())) : event;
        return erased.isErased(kept.customerId()) ? kept.anonymised() : kept;
    }

    /**
     * Whether a rejected payload names an erased customer by the shop's own id, where the store keeps pseudonyms: only
     * the key links that id to the erased list, so the store's writers cannot tell (they drop payloads that name an
     * erased id as the store keeps it).
     */
    private boolean mentionsAnErasedOwnId(String payload) {
        return pseudonyms.enabled() && erased.mentionedIn(payload, pseudonyms::of);
    }

    RejectionCounters rejectionCounters() {
        return rejections;
    }

    private void countAccepted(long eventMillis) {
        accepted++;
        newestEventMillis = Math.max(newestEventMillis, eventMillis);
    }

    private void reportProgressIfDue(Context ctx) {
        long now = System.currentTimeMillis();
        boolean due = accepted - acceptedAtLastReport >= PROGRESS_EVERY_EVENTS
                || (accepted > acceptedAtLastReport && now - lastReportMillis >= PROGRESS_EVERY_MILLIS);
        if (due) {
            ctx.output(
                    Rejections.PROGRESS,
                    new IngestProgress(
                            sourceName, Instant.ofEpochMilli(newestEventMillis), accepted, Instant.ofEpochMilli(now)));
            acceptedAtLastReport = accepted;
            lastReportMillis = now;
        }
    }
}
