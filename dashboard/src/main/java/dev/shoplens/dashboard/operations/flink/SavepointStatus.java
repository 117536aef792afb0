package dev.shoplens.dashboard.operations.flink;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Where a triggered savepoint stands ({@code GET /jobs/:id/savepoints/:triggerid}): still running, written to
 * {@code location}, or failed for {@code failure} (the innermost cause Flink reports, which names the real
 * problem, such as a directory it could not create).
 */
public record SavepointStatus(State state, String location, String failure) {

    public enum State {
        IN_PROGRESS,
        COMPLETED,
        FAILED
    }

    public static SavepointStatus failed(String why) {
        return new SavepointStatus(State.FAILED, null, why);
    }

    static SavepointStatus from(JsonNode json) {
        if (!"COMPLETED".equals(json.path("status").path("id").asText())) {
            return new SavepointStatus(State.IN_PROGRESS, null, null);
        }
        JsonNode operation = json.path("operation");
        String location = FlinkJson.text(operation.path("location"));
        if (location != null) {
            return new SavepointStatus(State.COMPLETED, location, null);
        }
        return failed(innermostCause(operation.path("failure-cause")));
    }

    /** The last "Caused by:" line of Flink's serialized stack trace, else its first line, else the class. */
    static String innermostCause(JsonNode cause) {
        String trace = cause.path("stack-trace").asText("");
        String why = null;
        for (String line : trace.split("\n")) {
            if (line.startsWith("Caused by: ")) {
                why = line.substring("Caused by: ".length());
            } else if (why == null && !line.isBlank() && !line.startsWith("\t")) {
                why = line;
            }
        }
        return why != null ? why : cause.path("class").asText("unknown failure");
    }
}
