package dev.shoplens.jobs.forecast;

import java.util.Arrays;

/** Tomorrow sells what the same weekday sold last week. Until a weekday has been seen, the mean of those seen. */
public class SeasonalNaive implements DailyMethod {

    public double[] lastWeek = unseen();

    private static double[] unseen() {
        double[] week = new double[Weekdays.WEEK];
        Arrays.fill(week, Double.NaN);
        return week;
    }

    @Override
    public void learn(double demand, int weekday) {
        lastWeek[weekday] = demand;
    }

    @Override
    public double forecast(int daysAhead, int weekday) {
        double value = lastWeek[weekday];
        return Double.isNaN(value) ? meanSeen() : value;
    }

    private double meanSeen() {
        return Arrays.stream(lastWeek).filter(v -> !Double.isNaN(v)).average().orElse(0);
    }
}
