package dev.shoplens.dashboard.operations.flink;

import java.time.Instant;
import java.util.List;

/**
 * What the page knows of the Flink jobs: read at {@code readAt}, not configured, or unreachable with the
 * {@code problem} to show (the page then keeps the last rows it read, marked as old).
 */
public record FlinkJobsSnapshot(Availability availability, List<JobRow> jobs, Instant readAt, String problem) {

    public enum Availability {
        NOT_CONFIGURED,
        UNREACHABLE,
        READ
    }

    public FlinkJobsSnapshot {
        jobs = List.copyOf(jobs);
    }

    static FlinkJobsSnapshot notConfigured() {
        return new FlinkJobsSnapshot(Availability.NOT_CONFIGURED, List.of(), null, null);
    }

    static FlinkJobsSnapshot unreachable(String problem) {
        return new FlinkJobsSnapshot(Availability.UNREACHABLE, List.of(), null, problem);
    }
}
