package dev.shoplens.quality;

import java.time.Instant;

/**
 * A rejected event as it is kept for engineers: the reason, the raw payload (truncated to a bound), where it
 * came from and when it was rejected (wall clock).
 */
public record RejectedEvent(
        String reason, String detail, String origin, String payload, Instant rejectedAt, String eventId) {

    /** Payloads are kept up to this many characters, enough to see what went wrong without storing floods. */
    public static final int MAX_KEPT_PAYLOAD = 2_000;

    public static RejectedEvent of(Rejection rejection, String origin, String payload, Instant at, String eventId) {
        return new RejectedEvent(rejection.reason().code(), rejection.detail(), origin, truncate(payload), at, eventId);
    }

    static String truncate(String payload) {
        if (payload == null || payload.length() <= MAX_KEPT_PAYLOAD) {
            return payload;
        }
        return payload.substring(0, MAX_KEPT_PAYLOAD) + "…[truncated " + payload.length() + " chars]";
    }
}
