package dev.shoplens.models.train;

import dev.shoplens.models.features.FeatureScaler;
import dev.shoplens.models.features.ModelFeatures;
import dev.shoplens.models.labels.LabelledExample;
import dev.shoplens.models.labels.ModelKind;
import java.time.Instant;
import java.util.List;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;

/** Fits churn and purchase models: from scratch with newly fitted scaling, or warm-started from an earlier one. */
public final class ClassifierTrainer {

    private final TrainingSettings settings;

    public ClassifierTrainer(TrainingSettings settings) {
        this.settings = settings;
    }

    /** A full retrain: scaling fitted on {@code examples}, weights from zero. */
    public ClassifierModel fit(ModelKind kind, List<LabelledExample> examples, Instant trainedAt) {
        FeatureScaler.Fitted fitted = FeatureScaler.fitAndScale(ModelFeatures.ALL, LabelledExample.features(examples));
        return train(kind, fitted.scaler(), null, examples, fitted.rows(), settings.fullEpochs(), trainedAt);
    }

    /** A warm start: {@code start}'s frozen scaling and weights, trained further on {@code examples}. */
    public ClassifierModel warmStart(ClassifierModel start, List<LabelledExample> examples, Instant trainedAt) {
        double[][] rows = start.scaler().scaleAll(LabelledExample.features(examples));
        return train(start.kind(), start.scaler(), start.model(), examples, rows, settings.warmEpochs(), trainedAt);
    }

    private ClassifierModel train(
            ModelKind kind,
            FeatureScaler scaler,
            LinearSGDModel start,
            List<LabelledExample> examples,
            double[][] rows,
            int epochs,
            Instant trainedAt) {
        MutableDataset<Label> data = TribuoRows.dataset(
                kind.registryName() + " examples",
                trainedAt,
                new LabelFactory(),
                scaler.names(),
                rows,
                i -> examples.get(i).positive() ? ClassifierModel.YES : ClassifierModel.NO);
        WarmStartLogisticTrainer trainer =
                new WarmStartLogisticTrainer(epochs, settings.learningRate(), settings.seed(), start);
        LinearSGDModel model = trainer.train(data);
        return ClassifierModel.of(kind, scaler, model);
    }

    /** Whether {@code examples} can train a two-label model: both labels must occur. */
    public static boolean hasBothLabels(List<LabelledExample> examples) {
        boolean yes = false;
        boolean no = false;
        for (LabelledExample e : examples) {
            yes |= e.positive();
            no |= !e.positive();
            if (yes && no) {
                return true;
            }
        }
        return false;
    }
}
