package dev.shoplens.jobs.activity;

/** The running count of one minute's events and the first and last event time among them (a Flink POJO). */
public class MinuteTally {
    public long events;
    public long first = Long.MAX_VALUE;
    public long last = Long.MIN_VALUE;
}
