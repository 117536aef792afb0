package dev.shoplens.jobs.forecast;

/** Days as UTC epoch days, weekdays as 0 = Monday ... 6 = Sunday. */
final class Weekdays {

    static final int WEEK = 7;

    private Weekdays() {}

    static int of(long epochDay) {
        // 1970-01-01 was a Thursday, day 3 of a week starting on Monday.
        return (int) Math.floorMod(epochDay + 3, (long) WEEK);
    }
}
