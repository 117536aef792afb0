package dev.shoplens.models.train;

import dev.shoplens.models.features.FeatureScaler;
import dev.shoplens.models.features.ModelFeatures;
import dev.shoplens.models.labels.LabelledExample;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.tribuo.MutableDataset;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.sgd.linear.LinearSGDModel;
import org.tribuo.regression.sgd.linear.LinearSGDTrainer;
import org.tribuo.regression.sgd.objectives.SquaredLoss;

/**
 * Fits the value model from scratch on a window of matured value examples: squared loss on orders and revenue, so
 * the predictions are expected values. It is cheap enough (well under a second for 100 k rows) to refit each time.
 */
public final class ValueTrainer {

    static {
        java.util.logging.Logger.getLogger("org.tribuo.common.sgd.AbstractSGDTrainer")
                .setLevel(java.util.logging.Level.WARNING);
    }

    private final TrainingSettings settings;
    private final int horizonDays;

    public ValueTrainer(TrainingSettings settings, int horizonDays) {
        this.settings = settings;
        this.horizonDays = horizonDays;
    }

    public ValueModel fit(List<LabelledExample> examples, Instant trainedAt) {
        FeatureScaler scaler = FeatureScaler.fit(
                ModelFeatures.ALL,
                examples.stream().map(LabelledExample::features).toList());
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
        RegressionFactory factory = new RegressionFactory();
        MutableDataset<Regressor> data = new MutableDataset<>(
                new SimpleDataSourceProvenance(
                        "value examples", OffsetDateTime.ofInstant(trainedAt, ZoneOffset.UTC), factory),
                factory);
        String[] names = scaler.names();
        for (LabelledExample e : examples) {
            Regressor target = new Regressor(
                    ValueModel.OUTPUTS,
                    new double[] {e.outcome().orders() / scale[0], e.outcome().revenue() / scale[1]});
            data.add(new ArrayExample<>(target, names, scaler.scale(e.features())));
        }
        LinearSGDTrainer trainer = new LinearSGDTrainer(
                new SquaredLoss(),
                new AdaGrad(settings.learningRate(), 0.1),
                settings.fullEpochs(),
                Integer.MAX_VALUE,
                1,
                settings.seed());
        LinearSGDModel model = trainer.train(data);
        return ValueModel.of(scaler, model, scale, horizonDays);
    }
}
