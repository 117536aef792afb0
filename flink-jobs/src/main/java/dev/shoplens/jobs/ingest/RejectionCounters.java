package dev.shoplens.jobs.ingest;

import dev.shoplens.quality.RejectReason;
import java.util.EnumMap;
import java.util.Map;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;

/**
 * One Flink counter per rejection reason, {@code shoplens.rejected.<reason>.events} with the reason as the
 * {@code reason} label, so the rejected-events rate by reason reaches whatever watches the cluster (Prometheus,
 * the Flink web UI) without reading the store.
 */
final class RejectionCounters {

    private final Map<RejectReason, Counter> counters = new EnumMap<>(RejectReason.class);

    RejectionCounters(MetricGroup group) {
        MetricGroup rejected = group.addGroup("shoplens").addGroup("rejected");
        for (RejectReason reason : RejectReason.values()) {
            counters.put(reason, rejected.addGroup("reason", reason.code()).counter("events"));
        }
    }

    void count(RejectReason reason) {
        counters.get(reason).inc();
    }

    /** How many events were rejected for {@code reason} by this subtask. */
    long total(RejectReason reason) {
        return counters.get(reason).getCount();
    }
}
