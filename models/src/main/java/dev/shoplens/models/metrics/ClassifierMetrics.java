package dev.shoplens.models.metrics;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * How good predicted probabilities are on labels: ranking (AUC), probability quality (log loss, Brier score) and
 * calibration by decile of the prediction.
 *
 * @param auc chance that a random positive scores above a random negative (ties count half); NaN with one class
 * @param logLoss mean negative log likelihood, probabilities clipped to [1e-15, 1 - 1e-15]
 * @param brier mean squared difference between probability and outcome
 */
public record ClassifierMetrics(
        long rows, long positives, double auc, double logLoss, double brier, List<Decile> calibration)
        implements Serializable {

    private static final double EPS = 1e-15;

    /** One tenth of the rows, by predicted probability: the mean prediction next to the observed rate. */
    public record Decile(int decile, long rows, double meanPredicted, double observedRate) implements Serializable {}

    public static ClassifierMetrics of(double[] probability, boolean[] positive) {
        int n = probability.length;
        if (n != positive.length || n == 0) {
            throw new IllegalArgumentException("need as many labels as predictions, and at least one");
        }
        long positives = 0;
        double logLoss = 0;
        double brier = 0;
        for (int i = 0; i < n; i++) {
            double p = Math.min(1 - EPS, Math.max(EPS, probability[i]));
            double y = positive[i] ? 1 : 0;
            positives += positive[i] ? 1 : 0;
            logLoss -= y * Math.log(p) + (1 - y) * Math.log(1 - p);
            brier += (probability[i] - y) * (probability[i] - y);
        }
        Integer[] order = sortedByProbability(probability);
        return new ClassifierMetrics(
                n,
                positives,
                auc(probability, positive, order, positives),
                logLoss / n,
                brier / n,
                deciles(probability, positive, order));
    }

    private static Integer[] sortedByProbability(double[] probability) {
        Integer[] order = new Integer[probability.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(i -> probability[i]));
        return order;
    }

    /** Mann-Whitney: the rank sum of the positives, with tied probabilities sharing their mean rank. */
    private static double auc(double[] p, boolean[] positive, Integer[] order, long positives) {
        long negatives = p.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        double rankSum = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && p[order[j + 1]] == p[order[i]]) {
                j++;
            }
            double meanRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (positive[order[k]]) {
                    rankSum += meanRank;
                }
            }
            i = j + 1;
        }
        return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    private static List<Decile> deciles(double[] p, boolean[] positive, Integer[] order) {
        List<Decile> result = new ArrayList<>();
        int n = order.length;
        for (int d = 0; d < 10; d++) {
            int from = d * n / 10;
            int to = (d + 1) * n / 10;
            if (to <= from) {
                continue;
            }
            double predicted = 0;
            double observed = 0;
            for (int k = from; k < to; k++) {
                predicted += p[order[k]];
                observed += positive[order[k]] ? 1 : 0;
            }
            result.add(new Decile(d + 1, to - from, predicted / (to - from), observed / (to - from)));
        }
        return result;
    }

    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("rows", rows);
        node.put("positives", positives);
        putRounded(node, "auc", auc);
        putRounded(node, "logLoss", logLoss);
        putRounded(node, "brier", brier);
        var deciles = node.putArray("calibration");
        for (Decile d : calibration) {
            ObjectNode row = deciles.addObject();
            row.put("decile", d.decile());
            row.put("rows", d.rows());
            putRounded(row, "meanPredicted", d.meanPredicted());
            putRounded(row, "observedRate", d.observedRate());
        }
        return node;
    }

    static void putRounded(ObjectNode node, String field, double value) {
        if (Double.isNaN(value)) {
            node.putNull(field);
        } else {
            node.put(field, Math.round(value * 10_000) / 10_000.0);
        }
    }
}
