package dev.shoplens.store.read;

import java.time.Instant;

/** A purchase or return on a customer's timeline ({@code kind} is "purchase" or "return"; amounts positive). */
public record CustomerOrder(Instant time, String kind, String orderId, int units, double amount) {}
