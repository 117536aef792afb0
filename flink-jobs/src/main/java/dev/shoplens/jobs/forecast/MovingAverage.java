package dev.shoplens.jobs.forecast;

/** Every coming day sells the mean of the last {@value #WINDOW} days (of fewer, at the start). */
public class MovingAverage implements DailyMethod {

    static final int WINDOW = 28;

    public double[] window = new double[WINDOW];
    public int count;

    @Override
    public void learn(double demand, int weekday) {
        window[count % WINDOW] = demand;
        count++;
    }

    @Override
    public double forecast(int daysAhead, int weekday) {
        int n = Math.min(count, WINDOW);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += window[i];
        }
        return n == 0 ? 0 : sum / n;
    }
}
