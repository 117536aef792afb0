package dev.shoplens.dashboard.operations.flink;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A vertex's back-pressure from {@code GET /jobs/:id/vertices/:vid/backpressure}: Flink's level ({@code ok},
 * {@code low}, {@code high}) and the largest share of time any of its subtasks spent back-pressured.
 */
public record BackPressure(String vertex, String level, double ratio) {

    static BackPressure from(String vertex, JsonNode json) {
        double ratio = 0;
        for (JsonNode subtask : json.path("subtasks")) {
            ratio = Math.max(ratio, subtask.path("ratio").asDouble());
        }
        // Flink 2.x writes both spellings; older releases only the hyphenated one.
        String level = json.path("backpressure-level")
                .asText(json.path("backpressureLevel").asText("ok"));
        return new BackPressure(vertex, level, ratio);
    }

    /** The busier of two vertices: the one whose worst subtask is back-pressured longer. */
    static BackPressure busier(BackPressure a, BackPressure b) {
        return b.ratio() > a.ratio() ? b : a;
    }
}
