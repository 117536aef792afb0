package dev.shoplens.jobs.forecast;

/**
 * Additive Holt-Winters with a damped trend and a weekly season, in error-correction form (ETS(A,Ad,A); Hyndman and
 * Athanasopoulos, "Forecasting: Principles and Practice", 3rd ed., section 8.3). The first week sets the level and
 * the weekday effects; until then it forecasts the mean so far. Damping keeps a short run of growth from being
 * extrapolated for four weeks; forecasts below zero are cut to zero.
 */
public class HoltWinters implements DailyMethod {

    static final double ALPHA = 0.1;
    static final double BETA = 0.01;
    static final double GAMMA = 0.1;
    static final double PHI = 0.95;

    public double level;
    public double trend;
    public double[] season = new double[Weekdays.WEEK];
    public int count;
    public double warmUpSum;

    @Override
    public void learn(double demand, int weekday) {
        count++;
        if (count <= Weekdays.WEEK) {
            warmUp(demand, weekday);
            return;
        }
        double error = demand - (level + PHI * trend + season[weekday]);
        level = level + PHI * trend + ALPHA * error;
        trend = PHI * trend + BETA * error;
        season[weekday] += GAMMA * error;
    }

    private void warmUp(double demand, int weekday) {
        warmUpSum += demand;
        season[weekday] = demand;
        if (count == Weekdays.WEEK) {
            level = warmUpSum / Weekdays.WEEK;
            for (int d = 0; d < Weekdays.WEEK; d++) {
                season[d] -= level;
            }
        }
    }

    @Override
    public double forecast(int daysAhead, int weekday) {
        if (count < Weekdays.WEEK) {
            return count == 0 ? 0 : warmUpSum / count;
        }
        double damped = 0;
        double phiPower = 1;
        for (int h = 1; h <= daysAhead; h++) {
            phiPower *= PHI;
            damped += phiPower;
        }
        return Math.max(0, level + damped * trend + season[weekday]);
    }
}
