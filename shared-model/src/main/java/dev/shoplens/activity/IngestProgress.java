package dev.shoplens.activity;

import java.time.Instant;

/**
 * How far one source (one parallel instance of the validation step) has got: the newest accepted event time, the
 * events it accepted so far, and the wall-clock time this was recorded. Freshness is measured against it.
 */
public record IngestProgress(String source, Instant newestEventTime, long events, Instant updatedAt) {}
