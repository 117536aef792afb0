package dev.shoplens.dashboard.overview;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the Overview writes its numbers and times. One fixed locale, so that a figure reads the same for every
 * user and in tests; times in UTC, like the store's event-time day.
 */
public final class Figures {

    /** Shown where there is no figure yet. */
    public static final String NONE = "–";

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private Figures() {}

    public static String count(long value) {
        return String.format(Locale.ENGLISH, "%,d", value);
    }

    public static String rate(double value) {
        return String.format(Locale.ENGLISH, "%,.1f", value);
    }

    public static String money(double value) {
        return String.format(Locale.ENGLISH, "%,.2f", value);
    }

    public static String time(Instant instant) {
        return TIME.format(instant);
    }

    public static String seconds(double value) {
        return count(Math.round(value));
    }
}
