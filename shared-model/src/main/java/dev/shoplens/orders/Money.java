package dev.shoplens.orders;

/**
 * Running sums of money that are the same double whatever order their terms come in. A plain sum of doubles is not
 * (0.1 + 0.2 + 0.3 is not 0.3 + 0.2 + 0.1), and the events of one customer or product can reach a sum in either
 * order, so two runs over the same events stored 380.74 and 380.73999999999995. Prices have at most four decimals,
 * so each partial sum is put back on that grid.
 */
public final class Money {

    private Money() {}

    /** {@code total + amount}, on the grid of 1/10,000. */
    public static double add(double total, double amount) {
        return onGrid(total + amount);
    }

    /** The nearest multiple of 1/10,000. */
    public static double onGrid(double amount) {
        return Math.round(amount * 10_000) / 10_000.0;
    }
}
