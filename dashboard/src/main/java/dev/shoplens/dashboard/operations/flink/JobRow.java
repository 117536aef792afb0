package dev.shoplens.dashboard.operations.flink;

import java.time.Duration;
import java.time.Instant;

/**
 * One line of the jobs grid: a job with its uptime (since it last went RUNNING), restarts, checkpoints and the
 * back-pressure of its busiest vertex.
 */
public record JobRow(
        FlinkJob job, Instant runningSince, Long restarts, CheckpointStats checkpoints, BackPressure busiest) {

    public Duration uptime(Instant now) {
        return job.running() && runningSince != null ? Duration.between(runningSince, now) : null;
    }

    /** How long ago the latest checkpoint completed, as of {@code now}. */
    public Duration checkpointAge(Instant now) {
        CheckpointStats.LatestCheckpoint latest = checkpoints.latest();
        return latest == null || latest.completedAt() == null ? null : Duration.between(latest.completedAt(), now);
    }
}
