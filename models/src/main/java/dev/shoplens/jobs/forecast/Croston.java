package dev.shoplens.jobs.forecast;

/**
 * Croston (1972) with the Syntetos-Boylan approximation (2005): the size of a demand and the interval between two
 * demands are smoothed on the days that have demand; the forecast is size over interval times (1 - alpha/2), which
 * removes Croston's upward bias. Until the first demand it forecasts nothing.
 */
public class Croston implements DailyMethod {

    static final double ALPHA = 0.1;

    public double size;
    public double interval;
    public int daysSinceDemand;
    public boolean seenDemand;

    @Override
    public void learn(double demand, int weekday) {
        daysSinceDemand++;
        if (demand <= 0) {
            return;
        }
        if (seenDemand) {
            size += ALPHA * (demand - size);
            interval += ALPHA * (daysSinceDemand - interval);
        } else {
            size = demand;
            interval = daysSinceDemand;
            seenDemand = true;
        }
        daysSinceDemand = 0;
    }

    @Override
    public double forecast(int daysAhead, int weekday) {
        return seenDemand ? (1 - ALPHA / 2) * size / interval : 0;
    }
}
