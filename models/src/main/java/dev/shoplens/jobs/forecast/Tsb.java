package dev.shoplens.jobs.forecast;

/**
 * Teunter, Syntetos and Babai (2011), "Intermittent demand: Linking forecasting to inventory obsolescence", EJOR
 * 214(3): the probability that a day has demand is smoothed every day, the size of a demand only on days that have
 * one; the forecast is their product. Unlike Croston's, it decays while nothing sells, so a product that stopped
 * selling stops being reordered. The first week sets both; until then it forecasts the mean so far.
 */
public class Tsb implements DailyMethod {

    /** Smoothing of the demand size. */
    static final double ALPHA = 0.1;
    /** Smoothing of the probability of demand. */
    static final double BETA = 0.05;

    public double probability;
    public double size;
    public int count;
    public int warmUpDemandDays;
    public double warmUpSum;

    @Override
    public void learn(double demand, int weekday) {
        count++;
        if (count <= Weekdays.WEEK) {
            warmUpSum += demand;
            warmUpDemandDays += demand > 0 ? 1 : 0;
            if (count == Weekdays.WEEK) {
                probability = warmUpDemandDays / (double) Weekdays.WEEK;
                size = warmUpDemandDays == 0 ? 0 : warmUpSum / warmUpDemandDays;
            }
            return;
        }
        if (demand > 0) {
            probability += BETA * (1 - probability);
            size += ALPHA * (demand - size);
        } else {
            probability -= BETA * probability;
        }
    }

    @Override
    public double forecast(int daysAhead, int weekday) {
        if (count < Weekdays.WEEK) {
            return count == 0 ? 0 : warmUpSum / count;
        }
        return probability * size;
    }
}
