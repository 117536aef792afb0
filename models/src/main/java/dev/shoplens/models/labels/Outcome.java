package dev.shoplens.models.labels;

import java.io.Serializable;

/**
 * What a customer did in the horizon after a snapshot: orders, revenue, and days from the snapshot to the first
 * order (null without an order in the horizon).
 */
public record Outcome(int orders, double revenue, Double daysToFirstOrder) implements Serializable {}
