package dev.shoplens.jobs.ingest;

import dev.shoplens.activity.IngestProgress;
import dev.shoplens.event.Decoded;
import dev.shoplens.event.EventCodec;
import dev.shoplens.event.EventLimits;
import dev.shoplens.event.RawEvent;
import dev.shoplens.event.ShopEvent;
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
 * customer back; the list of erased customers is read again every {@link ErasedCustomers#REFRESH}.
 */
public class DecodeEvents extends ProcessFunction<RawEvent, AcceptedEvent> {

    static final int PROGRESS_EVERY_EVENTS = 5_000;
    static final long PROGRESS_EVERY_MILLIS = 500;

    private final EventLimits limits;
    private final ShopClock clock;
    private final ErasedCustomers.Source erasedSource;

    private transient EventCodec codec;
    private transient ErasedCustomers erased;
    private transient RejectionCounters rejections;
    private transient String sourceName;
    private transient long accepted;
    private transient long newestEventMillis;
    private transient long acceptedAtLastReport;
    private transient long lastReportMillis;

    public DecodeEvents(EventLimits limits, ShopClock clock, ErasedCustomers.Source erased) {
        this.limits = limits;
        this.clock = clock;
        this.erasedSource = erased;
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
            ShopEvent event = erased.isErased(accepted.event().customerId())
                    ? accepted.event().anonymised()
                    : accepted.event();
            out.collect(new AcceptedEvent(event, raw.origin()));
            countAccepted(accepted.event().time().toEpochMilli());
        } else if (decoded instanceof Decoded.Rejected rejected) {
            rejections.count(rejected.rejection().reason());
            String payload = RejectedEvent.readable(raw.payload());
            ctx.output(
                    Rejections.REJECTED,
                    RejectedEvent.of(rejected.rejection(), raw.origin(), payload, Instant.now(), rejected.eventId()));
        }
        reportProgressIfDue(ctx);
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
