package dev.shoplens.bench.models;

import dev.shoplens.bench.BenchSettings;
import dev.shoplens.bench.Suite;
import dev.shoplens.bench.data.SyntheticCustomers;
import dev.shoplens.bench.harness.Figure;
import dev.shoplens.bench.harness.Stopwatch;
import dev.shoplens.models.labels.LabelledExample;
import dev.shoplens.models.labels.ModelKind;
import dev.shoplens.models.train.ClassifierTrainer;
import dev.shoplens.models.train.TrainingSettings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code retrain_<n>k_seconds}: a full retrain of the churn model (scaling refitted, weights from zero, the
 * configured epochs) on a window of {@code n} examples, against {@link PlainLogisticSgd} on the same examples.
 */
public final class RetrainTime implements Suite {

    /** Keeps the baseline's result alive, so that the JIT cannot drop the work as unused. */
    private static volatile double[] lastBaselineWeights;

    @Override
    public String title() {
        return "full retrain of the churn model against plain logistic SGD";
    }

    @Override
    public List<Figure> run(BenchSettings settings) throws Exception {
        TrainingSettings training = TrainingSettings.defaults();
        ClassifierTrainer trainer = new ClassifierTrainer(training);
        List<Figure> figures = new ArrayList<>();
        for (int size : settings.retrainExamples()) {
            List<LabelledExample> examples = SyntheticCustomers.examples(ModelKind.CHURN, size, 3);
            figures.add(settings.rounds()
                    .run(
                            () -> {
                                Stopwatch watch = Stopwatch.start();
                                trainer.fit(ModelKind.CHURN, examples, Instant.EPOCH);
                                return watch.seconds();
                            },
                            () -> {
                                Stopwatch watch = Stopwatch.start();
                                lastBaselineWeights = PlainLogisticSgd.fit(
                                        examples, training.fullEpochs(), training.learningRate(), training.seed());
                                return watch.seconds();
                            })
                    .median(name(size), "s"));
        }
        return figures;
    }

    /** 50,000 -> {@code retrain_50k_seconds}; sizes below a thousand keep their digits. */
    static String name(int examples) {
        String size = examples % 1000 == 0 ? examples / 1000 + "k" : String.valueOf(examples);
        return "retrain_" + size + "_seconds";
    }
}
