package dev.shoplens.models.registry;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shoplens.features.CustomerFeature;
import dev.shoplens.models.features.ModelFeatures;
import dev.shoplens.models.labels.LabelledExample;
import dev.shoplens.models.labels.ModelKind;
import dev.shoplens.models.metrics.ClassifierMetrics;
import dev.shoplens.models.metrics.PromotionRule;
import dev.shoplens.models.train.ClassifierModel;
import dev.shoplens.models.train.ClassifierTrainer;
import dev.shoplens.models.train.ServableModel;
import dev.shoplens.models.train.TrainingSettings;
import java.time.Instant;
import java.util.List;

/**
 * Churn and purchase: warm-started logistic regression, judged by the promotion rule. The metrics also carry the
 * serving version's and a recency-only rule's figures on the same labels, so every version shows what it beats.
 */
public record ClassifierFitting(ModelKind kind, TrainingSettings settings, PromotionRule rule) implements Fitting {

    @Override
    public ServableModel full(List<LabelledExample> window, Instant trainedAt) {
        return new ClassifierTrainer(settings).fit(kind, window, trainedAt);
    }

    @Override
    public ServableModel warm(ServableModel base, List<LabelledExample> batch, Instant trainedAt) {
        return new ClassifierTrainer(settings).warmStart((ClassifierModel) base, batch, trainedAt);
    }

    @Override
    public boolean canTrain(List<LabelledExample> examples) {
        return ClassifierTrainer.hasBothLabels(examples);
    }

    @Override
    public Evaluation evaluate(ServableModel candidate, ServableModel serving, List<LabelledExample> unseen) {
        boolean[] labels = labels(unseen);
        ClassifierMetrics metrics = ClassifierMetrics.of(probabilities((ClassifierModel) candidate, unseen), labels);
        ClassifierMetrics servingMetrics =
                serving == null ? null : ClassifierMetrics.of(probabilities((ClassifierModel) serving, unseen), labels);
        PromotionRule.Decision decision = rule.decide(metrics, servingMetrics);
        ObjectNode json = metrics.toJson();
        if (servingMetrics != null) {
            json.set("serving", servingMetrics.toJson().without("calibration"));
        }
        json.set("recencyOnly", recencyOnly(kind, unseen, labels).toJson().without("calibration"));
        json.put("decision", decision.reason());
        return new Evaluation(json.toString(), decision.promote());
    }

    /**
     * The rule to beat: rank customers by days since their last order alone (longer silence, more churn, fewer
     * purchases). Only its AUC means anything; its "probabilities" are a squashed rank.
     */
    public static ClassifierMetrics recencyOnly(ModelKind kind, List<LabelledExample> examples, boolean[] labels) {
        double[] scores = new double[examples.size()];
        for (int i = 0; i < scores.length; i++) {
            double days = ModelFeatures.raw(
                    CustomerFeature.DAYS_SINCE_LAST_ORDER, examples.get(i).features());
            double risk = days / (days + 30);
            scores[i] = kind == ModelKind.CHURN ? risk : 1 - risk;
        }
        return ClassifierMetrics.of(scores, labels);
    }

    public static double[] probabilities(ClassifierModel model, List<LabelledExample> examples) {
        double[] p = new double[examples.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = model.probability(examples.get(i).features());
        }
        return p;
    }

    public static boolean[] labels(List<LabelledExample> examples) {
        boolean[] labels = new boolean[examples.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = examples.get(i).positive();
        }
        return labels;
    }
}
