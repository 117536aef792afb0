package dev.shoplens.event;

import java.time.Duration;

/**
 * Bounds the decoder enforces: a payload larger than {@code maxPayloadBytes} is rejected before parsing, and an
 * event time more than {@code maxFutureSkew} ahead of the wall clock is rejected as a clock or producer error.
 */
public record EventLimits(int maxPayloadBytes, Duration maxFutureSkew) implements java.io.Serializable {

    public static final EventLimits DEFAULTS = new EventLimits(64 * 1024, Duration.ofDays(1));

    public EventLimits {
        if (maxPayloadBytes < 256) {
            throw new IllegalArgumentException("maxPayloadBytes must be at least 256, was " + maxPayloadBytes);
        }
        if (maxFutureSkew == null || maxFutureSkew.isNegative()) {
            throw new IllegalArgumentException("maxFutureSkew must be zero or positive");
        }
    }
}
