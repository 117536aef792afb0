package dev.shoplens.event;

import java.nio.charset.StandardCharsets;

/**
 * An event as it arrived, before decoding: the bytes and where they came from ({@code file:PATH:LINE},
 * {@code kafka:TOPIC:PARTITION:OFFSET}, {@code sim:SEQ}), so that a rejection can point back to its source.
 * {@code importProblem} is set when an importer could not turn a row into an event at all; the payload is then
 * the row as read, and the event is rejected with that problem as its reason.
 */
public record RawEvent(byte[] payload, String origin, String importProblem) {

    public static RawEvent of(String payload, String origin) {
        return new RawEvent(payload.getBytes(StandardCharsets.UTF_8), origin, null);
    }

    public static RawEvent unreadable(String row, String origin, String problem) {
        return new RawEvent(row.getBytes(StandardCharsets.UTF_8), origin, problem);
    }
}
