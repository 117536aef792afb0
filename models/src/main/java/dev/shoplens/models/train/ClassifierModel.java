package dev.shoplens.models.train;

import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.models.features.FeatureScaler;
import dev.shoplens.models.labels.ModelKind;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.math.la.DenseMatrix;

/**
 * A churn or purchase model: Tribuo's two-label logistic regression over frozen-scaled features. Scoring uses the
 * difference of the two labels' weight rows (looked up by feature name), which gives exactly Tribuo's softmax
 * probability and splits the log-odds into one contribution per feature.
 */
public record ClassifierModel(ModelKind kind, FeatureScaler scaler, LinearSGDModel model, double[] weights, double bias)
        implements ServableModel {

    public static final Label YES = new Label("yes");
    public static final Label NO = new Label("no");

    public static ClassifierModel of(ModelKind kind, FeatureScaler scaler, LinearSGDModel model) {
        DenseMatrix w = model.getWeightsCopy();
        ImmutableFeatureMap features = model.getFeatureIDMap();
        int yes = model.getOutputIDInfo().getID(YES);
        int no = model.getOutputIDInfo().getID(NO);
        if (yes < 0 || no < 0) {
            throw new IllegalArgumentException("a " + kind + " model needs both labels, has "
                    + model.getOutputIDInfo().getDomain());
        }
        String[] names = scaler.names();
        double[] weights = new double[names.length];
        for (int i = 0; i < names.length; i++) {
            int column = features.getID(names[i]);
            weights[i] = column < 0 ? 0 : w.get(yes, column) - w.get(no, column);
        }
        double bias = w.get(yes, features.size()) - w.get(no, features.size());
        return new ClassifierModel(kind, scaler, model, weights, bias);
    }

    public double probability(CustomerFeatures features) {
        return probability(scaler.scale(features));
    }

    public double probability(double[] scaled) {
        double logOdds = bias;
        for (int i = 0; i < weights.length; i++) {
            logOdds += weights[i] * scaled[i];
        }
        return 1 / (1 + Math.exp(-logOdds));
    }

    /** Each feature's share of the log-odds: weight × scaled value, in the scaler's feature order. */
    public double[] contributions(double[] scaled) {
        double[] c = new double[weights.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = weights[i] * scaled[i];
        }
        return c;
    }

    @Override
    public LinearSGDModel tribuoModel() {
        return model;
    }

    public double[] weights() {
        return weights.clone();
    }
}
