package dev.shoplens.bench.models;

import dev.shoplens.bench.BenchSettings;
import dev.shoplens.bench.Suite;
import dev.shoplens.bench.data.SyntheticCustomers;
import dev.shoplens.bench.harness.Figure;
import dev.shoplens.bench.harness.Stopwatch;
import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.models.labels.ModelKind;
import dev.shoplens.models.scoring.CustomerScorer;
import dev.shoplens.models.train.ClassifierModel;
import dev.shoplens.models.train.ClassifierTrainer;
import dev.shoplens.models.train.SegmentModel;
import dev.shoplens.models.train.SegmentTrainer;
import dev.shoplens.models.train.TrainingSettings;
import dev.shoplens.models.train.ValueModel;
import dev.shoplens.models.train.ValueTrainer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code scoring_throughput}: customers a second scored on one thread the way the job scores them (churn and
 * purchase with their three reasons and what changed since the previous score, expected value, next order, segment),
 * against the same four models' numbers alone (scaling, dot products, nearest centroid) without reasons or changes.
 */
public final class ScoringThroughput implements Suite {

    static final int TRAINING_EXAMPLES = 20_000;
    static final int PURCHASE_HORIZON_DAYS = 7;
    static final int VALUE_HORIZON_DAYS = 90;

    /** Keeps the baseline's numbers alive, so that the JIT cannot drop the work as unused. */
    private static volatile double baselineChecksum;

    @Override
    public String title() {
        return "scoring with reasons against the models' numbers alone";
    }

    @Override
    public List<Figure> run(BenchSettings settings) throws Exception {
        Models models = Models.fit();
        List<CustomerFeatures> customers = SyntheticCustomers.features(settings.scoredCustomers(), 11);
        List<CustomerScorer.Memory> previous = new ArrayList<>(customers.size());
        for (CustomerFeatures c : customers) {
            previous.add(models.scorer().score(c, null).memory());
        }
        return List.of(settings.rounds()
                .run(() -> scoreWithReasons(models, customers, previous), () -> numbersAlone(models, customers))
                .median("scoring_throughput", "customers/s"));
    }

    private static double scoreWithReasons(
            Models models, List<CustomerFeatures> customers, List<CustomerScorer.Memory> previous) {
        Stopwatch watch = Stopwatch.start();
        for (int i = 0; i < customers.size(); i++) {
            models.scorer().score(customers.get(i), previous.get(i));
        }
        return watch.rate(customers.size());
    }

    private static double numbersAlone(Models models, List<CustomerFeatures> customers) {
        Stopwatch watch = Stopwatch.start();
        double checksum = 0;
        for (CustomerFeatures c : customers) {
            checksum += models.churn().probability(c);
            checksum += models.purchase().probability(c);
            double[] scaled = models.value().scaler().scale(c);
            checksum += models.value().expectedOrders(scaled) + models.value().expectedRevenue(scaled);
            checksum += models.segments().assign(c).id();
        }
        baselineChecksum = checksum;
        return watch.rate(customers.size());
    }

    /** The four serving models, fitted once on made-up customers. */
    private record Models(
            CustomerScorer scorer,
            ClassifierModel churn,
            ClassifierModel purchase,
            ValueModel value,
            SegmentModel segments) {

        static Models fit() {
            TrainingSettings training = TrainingSettings.defaults();
            ClassifierTrainer classifiers = new ClassifierTrainer(training);
            ClassifierModel churn = classifiers.fit(
                    ModelKind.CHURN, SyntheticCustomers.examples(ModelKind.CHURN, TRAINING_EXAMPLES, 1), Instant.EPOCH);
            ClassifierModel purchase = classifiers.fit(
                    ModelKind.PURCHASE,
                    SyntheticCustomers.examples(ModelKind.PURCHASE, TRAINING_EXAMPLES, 2),
                    Instant.EPOCH);
            ValueModel value = new ValueTrainer(training, VALUE_HORIZON_DAYS)
                    .fit(SyntheticCustomers.examples(ModelKind.VALUE, TRAINING_EXAMPLES, 3), Instant.EPOCH);
            SegmentModel segments = new SegmentTrainer(training)
                    .fit(SyntheticCustomers.features(TRAINING_EXAMPLES, 4), null, Instant.EPOCH);
            CustomerScorer scorer = new CustomerScorer(PURCHASE_HORIZON_DAYS);
            scorer.serve(churn, 1);
            scorer.serve(purchase, 1);
            scorer.serve(value, 1);
            scorer.serve(segments, 1);
            return new Models(scorer, churn, purchase, value, segments);
        }
    }
}
