package dev.shoplens.store.read;

/**
 * One cell of the RFM grid: the customers with a recency score of {@code recency} and a frequency score of
 * {@code frequency} (1 the lowest, the grid's size the highest: 5 in a row the most recent or most frequent
 * buyers), how many they are, and what they have spent in all (monetary).
 */
public record RfmCell(int recency, int frequency, long customers, double revenue) {}
