package dev.shoplens.dashboard.models;

import dev.shoplens.dashboard.customers.ReasonWords;
import dev.shoplens.dashboard.overview.Figures;
import dev.shoplens.features.CustomerFeature;
import dev.shoplens.models.registry.ModelCodec;
import dev.shoplens.models.train.ClassifierModel;
import dev.shoplens.models.train.ServableModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a churn or purchase model has learnt, feature by feature, in words: "More days since the last order raises
 * the churn risk strongly (+1.31)". The number is the weight on the feature's scaled value (log scale where the
 * model takes logs, then standardised), so weights compare across features; largest first.
 */
final class FeatureWeights {

    static final String NOT_LINEAR = "Weights are shown for the churn and purchase models, whose scores add up"
            + " one contribution per feature.";

    private FeatureWeights() {}

    static List<String> sentences(byte[] serialized) {
        ServableModel model = ModelCodec.read(serialized);
        if (!(model instanceof ClassifierModel classifier)) {
            return List.of(NOT_LINEAR);
        }
        List<CustomerFeature> features = classifier.scaler().features();
        double[] weights = classifier.weights();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -Math.abs(weights[i])));
        List<String> sentences = new ArrayList<>();
        for (int i : order) {
            sentences.add("More " + features.get(i).words() + " "
                    + ReasonWords.effect(weights[i], model.kind().words())
                    + " (" + Figures.signed(weights[i], 2) + ")");
        }
        return sentences;
    }
}
