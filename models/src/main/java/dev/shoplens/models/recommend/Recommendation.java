package dev.shoplens.models.recommend;

/**
 * One product recommended to a customer.
 *
 * @param rank 1 for the first
 * @param score what ranked it (comparable within one list only)
 * @param reason why, in words a manager can read out ("you bought it 4 times")
 */
public record Recommendation(String productId, int rank, double score, String reason) {}
