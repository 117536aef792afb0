package dev.shoplens.launcher.backtest;

import dev.shoplens.models.metrics.ClassifierMetrics;
import java.util.List;
import java.util.Locale;

/**
 * How one predictor did on the horizon: the purchase probability's ranking, probability quality and calibration
 * ({@link ClassifierMetrics}), its lift by decile, and expected orders against the orders that came.
 *
 * @param predictedOrders the sum of expected orders over all customers (NaN for a predictor of no counts)
 * @param actualOrders the orders that came
 * @param ordersMae the mean absolute error of expected orders per customer (NaN for a predictor of no counts)
 */
record Evaluation(
        String name, ClassifierMetrics metrics, double predictedOrders, double actualOrders, double ordersMae) {

    static Evaluation of(Predictor p, boolean[] bought, int[] orders) {
        double predicted = 0;
        double actual = 0;
        double absolute = 0;
        for (int i = 0; i < orders.length; i++) {
            double expected = p.expectedPurchases() == null ? Double.NaN : p.expectedPurchases()[i];
            predicted += expected;
            actual += orders[i];
            absolute += Math.abs(expected - orders[i]);
        }
        return new Evaluation(
                p.name(), ClassifierMetrics.of(p.purchase(), bought), predicted, actual, absolute / orders.length);
    }

    /** The expected orders as the report and the console write them: "none" for a predictor of no counts. */
    String predictedOrdersText() {
        return Double.isNaN(predictedOrders) ? "none" : String.format(Locale.ROOT, "%,.0f", predictedOrders);
    }

    /** The mean absolute error of expected orders, "none" for a predictor of no counts. */
    String ordersMaeText() {
        return Double.isNaN(ordersMae) ? "none" : String.format(Locale.ROOT, "%.3f", ordersMae);
    }

    /**
     * Lift by decile, the highest predictions first: each tenth's purchase rate over the rate of all customers (a
     * lift of 3 in the first decile: those customers bought three times as often as customers at large).
     */
    double[] liftTopFirst() {
        double base = metrics.positives() / (double) metrics.rows();
        List<ClassifierMetrics.Decile> deciles = metrics.calibration();
        double[] lift = new double[deciles.size()];
        for (int i = 0; i < lift.length; i++) {
            lift[i] = base > 0 ? deciles.get(lift.length - 1 - i).observedRate() / base : Double.NaN;
        }
        return lift;
    }
}
