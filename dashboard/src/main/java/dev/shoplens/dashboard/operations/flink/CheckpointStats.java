package dev.shoplens.dashboard.operations.flink;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * What {@code GET /jobs/:id/checkpoints} says of a job's checkpoints: how many completed and failed, the latest
 * completed one and the latest failure with its message.
 */
public record CheckpointStats(
        long completed, long failed, long inProgress, LatestCheckpoint latest, FailedCheckpoint latestFailure) {

    public static final CheckpointStats NONE = new CheckpointStats(0, 0, 0, null, null);

    /**
     * The latest completed checkpoint: its id, the state it holds ({@code checkpointed_size}: what this checkpoint
     * wrote, which with incremental RocksDB checkpoints is less than the full state), how long it took from trigger
     * to the last acknowledgement, and when that came.
     */
    public record LatestCheckpoint(long id, Long stateSizeBytes, Long durationMillis, Instant completedAt) {}

    public record FailedCheckpoint(long id, Instant failedAt, String message) {}

    static CheckpointStats from(JsonNode json) {
        JsonNode counts = json.path("counts");
        return new CheckpointStats(
                counts.path("completed").asLong(),
                counts.path("failed").asLong(),
                counts.path("in_progress").asLong(),
                latest(json.path("latest").path("completed")),
                failure(json.path("latest").path("failed")));
    }

    private static LatestCheckpoint latest(JsonNode completed) {
        if (!completed.isObject()) {
            return null;
        }
        Long size = FlinkJson.amount(completed.path("checkpointed_size"));
        return new LatestCheckpoint(
                completed.path("id").asLong(),
                size != null ? size : FlinkJson.amount(completed.path("state_size")),
                FlinkJson.amount(completed.path("end_to_end_duration")),
                FlinkJson.instant(completed.path("latest_ack_timestamp")));
    }

    private static FailedCheckpoint failure(JsonNode failed) {
        if (!failed.isObject()) {
            return null;
        }
        return new FailedCheckpoint(
                failed.path("id").asLong(),
                FlinkJson.instant(failed.path("failure_timestamp")),
                FlinkJson.text(failed.path("failure_message")));
    }
}
