package dev.shoplens.launcher.backtest;

/**
 * One way of predicting every customer's horizon, customers in one fixed order: the probability of at least one
 * order, and the expected number of orders (null for a predictor of the probability alone).
 */
record Predictor(String name, double[] purchase, double[] expectedPurchases) {

    Predictor {
        if (expectedPurchases != null && purchase.length != expectedPurchases.length) {
            throw new IllegalArgumentException("one probability and one expectation per customer");
        }
    }
}
