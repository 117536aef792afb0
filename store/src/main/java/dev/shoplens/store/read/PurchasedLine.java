package dev.shoplens.store.read;

import java.time.Instant;

/** A product in a customer's purchase: what recommendations learn from. */
public record PurchasedLine(String customerId, String orderId, String productId, Instant time) {}
