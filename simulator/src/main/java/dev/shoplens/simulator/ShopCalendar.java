package dev.shoplens.simulator;

import java.time.Instant;

/**
 * Converts the simulation's clock (milliseconds since {@code start}) to instants and to calendar positions (hour of
 * the week in UTC, day number), which drive the daily and weekly patterns.
 */
final class ShopCalendar {

    static final long SECOND = 1_000;
    static final long MINUTE = 60 * SECOND;
    static final long HOUR = 60 * MINUTE;
    static final long DAY = 24 * HOUR;
    static final long WEEK = 7 * DAY;

    private final Instant start;
    private final long startEpochMilli;

    ShopCalendar(Instant start) {
        this.start = start;
        this.startEpochMilli = start.toEpochMilli();
    }

    Instant instant(long t) {
        return start.plusMillis(t);
    }

    /** 0 = Monday 00:00-01:00 UTC ... 167 = Sunday 23:00-24:00 UTC. */
    int hourOfWeek(long t) {
        long epochMilli = startEpochMilli + t;
        // 1970-01-01 was a Thursday, day 3 of a week starting on Monday.
        int dayOfWeek = (int) Math.floorMod(Math.floorDiv(epochMilli, DAY) + 3, 7L);
        int hour = (int) (Math.floorMod(epochMilli, DAY) / HOUR);
        return dayOfWeek * 24 + hour;
    }

    boolean isWeekend(long t) {
        return hourOfWeek(t) >= 5 * 24;
    }

    /** Whole days since start; product trends move once per day. */
    int dayNumber(long t) {
        return (int) (t / DAY);
    }

    /** The first time strictly after {@code t} whose UTC hour of day is {@code hour} (on the hour). */
    long nextHourOfDay(long t, int hour) {
        long epochMilli = startEpochMilli + t;
        long candidate = Math.floorDiv(epochMilli, DAY) * DAY + hour * HOUR;
        while (candidate <= epochMilli) {
            candidate += DAY;
        }
        return candidate - startEpochMilli;
    }
}
