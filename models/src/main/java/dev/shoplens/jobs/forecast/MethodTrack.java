package dev.shoplens.jobs.forecast;

/**
 * One method's track record on a series: it remembers the forecasts the method made for the next
 * {@value #DAYS_AHEAD} days at each of the last {@value #DAYS_AHEAD} origins, and when a day closes it scores every
 * forecast made for that day. Sums decay with a half-life of {@value #HALF_LIFE_DAYS} days, so the record follows a
 * product whose demand changes character.
 */
public class MethodTrack {

    static final int DAYS_AHEAD = 7;
    static final int HALF_LIFE_DAYS = 28;
    static final double DECAY = Math.pow(0.5, 1.0 / HALF_LIFE_DAYS);

    /** Forecast made at origin o for day o + h, at [floorMod(o, 7) * 7 + h - 1]. */
    public double[] pending = new double[DAYS_AHEAD * DAYS_AHEAD];

    public long firstOrigin = Long.MIN_VALUE;
    public long newestOrigin = Long.MIN_VALUE;
    public double absoluteError;
    public double error;
    public double squaredError;
    public double actual;
    public double scored;
    public int measuredDays;

    /** Scores the forecasts made for {@code day}, whose demand turned out to be {@code demand}. */
    void score(long day, double demand) {
        absoluteError *= DECAY;
        error *= DECAY;
        squaredError *= DECAY;
        actual *= DECAY;
        scored *= DECAY;
        boolean any = false;
        for (int h = 1; h <= DAYS_AHEAD; h++) {
            long origin = day - h;
            if (newestOrigin != Long.MIN_VALUE && origin >= firstOrigin && origin <= newestOrigin) {
                double e = pending[slot(origin, h)] - demand;
                absoluteError += Math.abs(e);
                error += e;
                squaredError += e * e;
                actual += demand;
                scored++;
                any = true;
            }
        }
        if (any) {
            measuredDays++;
        }
    }

    /** Remembers what {@code method}, having learnt {@code origin}, forecasts for the days after it. */
    void remember(long origin, DailyMethod method) {
        for (int h = 1; h <= DAYS_AHEAD; h++) {
            pending[slot(origin, h)] = method.forecast(h, Weekdays.of(origin + h));
        }
        if (newestOrigin == Long.MIN_VALUE) {
            firstOrigin = origin;
        }
        newestOrigin = origin;
    }

    private static int slot(long origin, int h) {
        return (int) Math.floorMod(origin, (long) DAYS_AHEAD) * DAYS_AHEAD + h - 1;
    }

    /** Mean squared error per scored forecast; NaN before any. */
    double meanSquaredError() {
        return scored == 0 ? Double.NaN : squaredError / scored;
    }

    Double wape() {
        return actual > 0 ? absoluteError / actual : null;
    }

    Double bias() {
        return actual > 0 ? error / actual : null;
    }
}
