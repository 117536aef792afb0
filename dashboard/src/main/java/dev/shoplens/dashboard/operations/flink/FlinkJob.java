package dev.shoplens.dashboard.operations.flink;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;

/** One job of {@code GET /jobs/overview}: its id, name, state and when it started. */
public record FlinkJob(String id, String name, String state, Instant started) {

    public static final String RUNNING = "RUNNING";

    public boolean running() {
        return RUNNING.equals(state);
    }

    /** The {@code jobs} of an overview, newest first, as Flink's web UI lists them. */
    static List<FlinkJob> fromOverview(JsonNode overview) {
        return StreamSupport.stream(overview.path("jobs").spliterator(), false)
                .map(job -> new FlinkJob(
                        job.path("jid").asText(),
                        job.path("name").asText(),
                        job.path("state").asText(),
                        FlinkJson.instant(job.path("start-time"))))
                .sorted((a, b) -> FlinkJson.newestFirst(a.started(), b.started()))
                .toList();
    }
}
