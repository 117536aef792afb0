package dev.shoplens.models.train;

import dev.shoplens.models.features.FeatureScaler;
import dev.shoplens.models.features.ModelFeatures;
import dev.shoplens.models.labels.LabelledExample;
import java.time.Instant;
import java.util.List;
import org.tribuo.MutableDataset;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.sgd.linear.LinearSGDModel;

/**
 * Fits the value model on matured value examples: squared loss on orders and revenue, so the predictions are
 * expected values. In full on a window (feature scaling and target scale fitted anew, weights from zero), or
 * warm-started from an earlier version on the new examples alone (its scaling kept), as the classifiers are: a full
 * refit at every version was most of the trainer's time on a shop of a few thousand customers.
 */
public final class ValueTrainer {

    private final TrainingSettings settings;
    private final int horizonDays;

    public ValueTrainer(TrainingSettings settings, int horizonDays) {
        this.settings = settings;
        this.horizonDays = horizonDays;
    }

    /** A full refit on {@code examples}. */
    public ValueModel fit(List<LabelledExample> examples, Instant trainedAt) {
        FeatureScaler.Fitted fitted = FeatureScaler.fitAndScale(ModelFeatures.ALL, LabelledExample.features(examples));
        double[] scale = {
            Math.max(
                    1e-6,
                    examples.stream()
                            .mapToDouble(e -> e.outcome().orders())
                            .average()
                            .orElse(1)),
            Math.max(
                    1e-6,
                    examples.stream()
                            .mapToDouble(e -> e.outcome().revenue())
                            .average()
                            .orElse(1))
        };
        return train(fitted.scaler(), scale, null, examples, fitted.rows(), settings.fullEpochs(), trainedAt);
    }

    /** {@code start}'s frozen scaling and weights, trained further on {@code examples}. */
    public ValueModel warmStart(ValueModel start, List<LabelledExample> examples, Instant trainedAt) {
        double[][] rows = start.scaler().scaleAll(LabelledExample.features(examples));
        return train(
                start.scaler(), start.targetScale(), start.model(), examples, rows, settings.warmEpochs(), trainedAt);
    }

    private ValueModel train(
            FeatureScaler scaler,
            double[] scale,
            LinearSGDModel start,
            List<LabelledExample> examples,
            double[][] rows,
            int epochs,
            Instant trainedAt) {
        MutableDataset<Regressor> data =
                TribuoRows.dataset("value examples", trainedAt, new RegressionFactory(), scaler.names(), rows, i -> {
                    LabelledExample e = examples.get(i);
                    return new Regressor(ValueModel.OUTPUTS, new double[] {
                        e.outcome().orders() / scale[0], e.outcome().revenue() / scale[1]
                    });
                });
        LinearSGDModel model =
                new WarmStartRegressionTrainer(epochs, settings.learningRate(), settings.seed(), start).train(data);
        return ValueModel.of(scaler, model, scale, horizonDays);
    }
}
