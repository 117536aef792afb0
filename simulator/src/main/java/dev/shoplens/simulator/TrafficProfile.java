package dev.shoplens.simulator;

import java.util.SplittableRandom;

/**
 * When people visit: a rate that varies by hour of day (quiet at night, peaking in the evening, UK time being close
 * to UTC) and is higher at weekends, normalised so that its average over a week is 1. A visitor's own rate is
 * multiplied by it; visit times are drawn by thinning a Poisson process at the peak rate.
 */
final class TrafficProfile {

    private static final double[] HOUR_OF_DAY = {
        0.35, 0.20, 0.12, 0.10, 0.10, 0.15, 0.30, 0.55, 0.80, 0.95, 1.05, 1.10,
        1.20, 1.15, 1.10, 1.10, 1.15, 1.25, 1.45, 1.70, 1.85, 1.75, 1.30, 0.75
    };
    private static final double WEEKEND_UPLIFT = 1.2;

    private final ShopCalendar calendar;
    private final double[] hourOfWeek = new double[7 * 24];
    private final double peak;

    TrafficProfile(ShopCalendar calendar) {
        this.calendar = calendar;
        double sum = 0;
        for (int h = 0; h < hourOfWeek.length; h++) {
            hourOfWeek[h] = HOUR_OF_DAY[h % 24] * (h >= 5 * 24 ? WEEKEND_UPLIFT : 1);
            sum += hourOfWeek[h];
        }
        double max = 0;
        for (int h = 0; h < hourOfWeek.length; h++) {
            hourOfWeek[h] *= hourOfWeek.length / sum;
            max = Math.max(max, hourOfWeek[h]);
        }
        peak = max;
    }

    /** Traffic at time t relative to the weekly average. */
    double factor(long t) {
        return hourOfWeek[calendar.hourOfWeek(t)];
    }

    /**
     * The next visit strictly after {@code after} for someone who visits {@code perWeek} times a week on average.
     */
    long next(SplittableRandom rng, long after, double perWeek) {
        double peakRatePerMilli = perWeek * peak / ShopCalendar.WEEK;
        long t = after;
        while (true) {
            t += 1 + (long) (Sampling.exponential(rng) / peakRatePerMilli);
            if (rng.nextDouble() * peak < factor(t)) {
                return t;
            }
        }
    }
}
