package dev.shoplens.scores;

import java.time.LocalDate;

/**
 * How many customers were in segment {@code fromSegment} at the end of the day before {@code day} and in
 * {@code toSegment} at the end of {@code day} (UTC, event time). Rows with equal segments are the customers who
 * stayed, so the sizes of a day are the sums by {@code toSegment}. A newcomer comes from segment -1.
 */
public record SegmentFlow(LocalDate day, int fromSegment, int toSegment, String toName, long customers) {}
