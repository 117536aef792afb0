package dev.shoplens.jobs.models;

import dev.shoplens.features.CustomerFeatures;

/**
 * A snapshot waiting for its labels: the features as of {@code at}, the customer's totals then (so the outcome is
 * the difference later), the first order after it, and which kinds have matured (bits by {@code ModelKind}
 * ordinal). A Flink POJO.
 */
public class PendingSnapshot {
    public long at;
    public CustomerFeatures features;
    public int orders;
    public double revenue;
    public long firstOrderAfter = -1;
    public int matured;

    public PendingSnapshot() {}

    PendingSnapshot(long at, CustomerFeatures features, int orders, double revenue) {
        this.at = at;
        this.features = features;
        this.orders = orders;
        this.revenue = revenue;
    }
}
