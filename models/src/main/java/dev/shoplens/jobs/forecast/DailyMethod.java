package dev.shoplens.jobs.forecast;

/**
 * A forecasting method that learns a daily demand series one closed day at a time. Implementations are Flink POJOs
 * (public fields, a public no-argument constructor), so that keyed state holds them without Kryo.
 */
public interface DailyMethod {

    /** Learns the demand of the day after the last day learnt; {@code weekday} 0 is Monday. */
    void learn(double demand, int weekday);

    /** Expected demand {@code daysAhead} days after the last day learnt, which falls on {@code weekday}; never negative. */
    double forecast(int daysAhead, int weekday);
}
