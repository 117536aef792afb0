package dev.shoplens.store.read;

import java.time.Instant;

/**
 * How fresh the stored results are. {@code newestEventTime} is the newest event any source accepted;
 * {@code resultsAsOf} the newest event time reflected in the stored features. {@code eventTimeLagSeconds} is
 * the gap between the two; {@code wallClockLagSeconds} how long ago (wall clock) the newest result was written.
 * Both are null while nothing is stored.
 */
public record Freshness(
        Instant newestEventTime,
        Instant resultsAsOf,
        Instant resultsWrittenAt,
        Double eventTimeLagSeconds,
        Double wallClockLagSeconds) {

    public static final Freshness NONE = new Freshness(null, null, null, null, null);
}
