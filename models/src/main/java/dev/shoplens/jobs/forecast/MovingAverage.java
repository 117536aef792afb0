package dev.shoplens.jobs.forecast;

/** Every coming day sells the mean of the last {@value #WINDOW} days (of fewer, at the start). */
public class MovingAverage implements DailyMethod {

    static final int WINDOW = 28;

    public double[] window = new double[WINDOW];
    public int count;

    // The mean is asked for every horizon day at every close (the track record's week and the forecast's four):
    // worked out once per day learnt. Transient, so not part of the state; a restored series works it out again.
    private transient boolean meanKnown;
    private transient double mean;

    @Override
    public void learn(double demand, int weekday) {
        window[count % WINDOW] = demand;
        count++;
        meanKnown = false;
    }

    @Override
    public double forecast(int daysAhead, int weekday) {
        if (!meanKnown) {
            mean = mean();
            meanKnown = true;
        }
        return mean;
    }

    private double mean() {
        int n = Math.min(count, WINDOW);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += window[i];
        }
        return n == 0 ? 0 : sum / n;
    }
}
