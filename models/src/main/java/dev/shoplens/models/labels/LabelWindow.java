package dev.shoplens.models.labels;

import java.time.Duration;
import java.time.Instant;

/**
 * The one definition of "bought within h days of the cut-off", shared by the streaming models' labels, the nightly
 * LSTM's and the backtest's outcomes, so that champion and challenger are judged on the same outcomes: an order
 * counts when it is at or after the cut-off and before the cut-off plus the horizon, {@code [cut-off, cut-off + h)};
 * the features as of a cut-off hold only what came before it. A cut-off is a midnight, so an order at 00:00 belongs
 * to the day it starts, as a calendar does.
 */
public final class LabelWindow {

    private LabelWindow() {}

    /** Whether {@code time} falls in the horizon after {@code cutOff}; all in epoch milliseconds. */
    public static boolean contains(long cutOff, long horizonMillis, long time) {
        return time >= cutOff && time - cutOff < horizonMillis;
    }

    public static boolean contains(Instant cutOff, Duration horizon, Instant time) {
        return contains(cutOff.toEpochMilli(), horizon.toMillis(), time.toEpochMilli());
    }

    /** Whether an event at {@code time} is before the cut-off, so that the features as of it include the event. */
    public static boolean beforeCutOff(long cutOff, long time) {
        return time < cutOff;
    }
}
