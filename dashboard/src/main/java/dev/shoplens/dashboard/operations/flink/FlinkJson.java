package dev.shoplens.dashboard.operations.flink;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** How Flink's REST API writes what it does not know: {@code -1} or {@code null} for times and sizes. */
final class FlinkJson {

    private FlinkJson() {}

    /** Epoch milliseconds, or null where Flink writes -1, 0 or nothing. */
    static Instant instant(JsonNode millis) {
        long value = millis.asLong(-1);
        return value <= 0 ? null : Instant.ofEpochMilli(value);
    }

    /** A non-negative number, or null where Flink writes -1 or nothing. */
    static Long amount(JsonNode number) {
        if (!number.isNumber()) {
            return null;
        }
        long value = number.asLong();
        return value < 0 ? null : value;
    }

    /** The text, or null where Flink writes null or nothing. */
    static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }

    static int newestFirst(Instant a, Instant b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        return b.compareTo(a);
    }
}
