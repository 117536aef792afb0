package dev.shoplens.dashboard.models;

import dev.shoplens.dashboard.i18n.ModelWords;
import dev.shoplens.dashboard.i18n.Texts;
import dev.shoplens.models.explain.Explanations;
import dev.shoplens.models.registry.ModelCodec;
import dev.shoplens.models.train.ClassifierModel;
import dev.shoplens.models.train.ServableModel;
import java.util.List;

/**
 * What a churn or purchase model has learnt, feature by feature, in the user's words: "More days since the last
 * order raises the churn risk strongly (+1.31)". The number is the weight on the feature's scaled value (log scale
 * where the model takes logs, then standardised), so weights compare across features; largest first.
 */
final class FeatureWeights {

    private FeatureWeights() {}

    static List<String> sentences(byte[] serialized) {
        ServableModel model = ModelCodec.read(serialized);
        if (!(model instanceof ClassifierModel classifier)) {
            return List.of(Texts.of("models.notLinear"));
        }
        return Explanations.global(classifier, ModelWords.phrases());
    }
}
