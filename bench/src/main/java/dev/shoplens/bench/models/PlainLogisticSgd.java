package dev.shoplens.bench.models;

import dev.shoplens.models.features.FeatureScaler;
import dev.shoplens.models.features.ModelFeatures;
import dev.shoplens.models.labels.LabelledExample;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The retrain's baseline: the same full retrain written as plain Java over arrays. The same scaling (fitted on the
 * window), the same number of epochs of logistic regression by stochastic gradient descent with AdaGrad and the
 * same learning rate, examples shuffled each epoch; no datasets, feature maps or provenance. What a retrain costs
 * without a library around it.
 */
public final class PlainLogisticSgd {

    /** AdaGrad's starting accumulator, as Tribuo's AdaGrad(rate, 0.1) uses. */
    static final double INITIAL_ACCUMULATOR = 0.1;

    private PlainLogisticSgd() {}

    /** The weights, bias last, of a model fitted on {@code examples}. */
    public static double[] fit(List<LabelledExample> examples, int epochs, double learningRate, long seed) {
        FeatureScaler scaler = FeatureScaler.fit(
                ModelFeatures.ALL,
                examples.stream().map(LabelledExample::features).toList());
        double[][] x = new double[examples.size()][];
        double[] y = new double[examples.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = scaler.scale(examples.get(i).features());
            y[i] = examples.get(i).positive() ? 1 : 0;
        }
        return fit(x, y, epochs, learningRate, seed);
    }

    /** Logistic regression on scaled rows {@code x} and 0/1 labels {@code y}; the bias is the last weight. */
    static double[] fit(double[][] x, double[] y, int epochs, double learningRate, long seed) {
        int features = x[0].length;
        double[] w = new double[features + 1];
        double[] squares = new double[features + 1];
        java.util.Arrays.fill(squares, INITIAL_ACCUMULATOR);
        int[] order = new int[x.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int epoch = 0; epoch < epochs; epoch++) {
            shuffle(order, random);
            for (int i : order) {
                double error = probability(w, x[i]) - y[i];
                for (int j = 0; j <= features; j++) {
                    double gradient = error * (j < features ? x[i][j] : 1);
                    squares[j] += gradient * gradient;
                    w[j] -= learningRate * gradient / Math.sqrt(squares[j]);
                }
            }
        }
        return w;
    }

    static double probability(double[] w, double[] row) {
        double logOdds = w[row.length];
        for (int j = 0; j < row.length; j++) {
            logOdds += w[j] * row[j];
        }
        return 1 / (1 + Math.exp(-logOdds));
    }

    private static void shuffle(int[] order, SplittableRandom random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }
}
