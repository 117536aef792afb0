package dev.shoplens.jobs.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.event.ShopEvent;
import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.jobs.customers.CustomerHistory;
import dev.shoplens.models.labels.LabelledExample;
import dev.shoplens.models.labels.ModelKind;
import dev.shoplens.models.metrics.ClassifierMetrics;
import dev.shoplens.models.metrics.ValueMetrics;
import dev.shoplens.models.registry.ClassifierFitting;
import dev.shoplens.models.registry.ValueFitting;
import dev.shoplens.models.train.ClassifierModel;
import dev.shoplens.models.train.NextOrder;
import dev.shoplens.models.train.ValueModel;
import dev.shoplens.scores.ModelVersionRow;
import dev.shoplens.simulator.ShopConfig;
import dev.shoplens.simulator.SimulatedShop;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo's shop (2,000 customers, seeded) over 240 days, run through the same timelines and learners the job
 * uses, without Flink. Learners see the labels that matured before day 200; the serving versions are then measured
 * on the labels that matured after it, next to the rule "the longer the silence, the likelier the churn". The
 * figures are printed for docs/models.md and the issue.
 */
class SimulatedShopModelsTest {

    static final Instant START = Instant.parse("2026-01-05T00:00:00Z");
    static final Instant END = START.plus(Duration.ofDays(240));
    static final Instant CUTOFF = START.plus(Duration.ofDays(200));

    static Trainers trainers;
    static final Map<ModelKind, List<LabelledExample>> unseen = new EnumMap<>(ModelKind.class);
    static final List<ModelVersionRow> rows = new ArrayList<>();

    @BeforeAll
    static void runTheShop() {
        ModelSettings settings = ModelSettings.defaults();
        trainers = new Trainers(settings);
        for (ModelKind kind : ModelKind.values()) {
            unseen.put(kind, new ArrayList<>());
        }
        Map<String, CustomerTimeline> timelines = new TreeMap<>();
        CustomerTimeline.Output out = new CustomerTimeline.Output() {
            @Override
            public void score(CustomerFeatures features, boolean daily) {}

            @Override
            public void example(LabelledExample e) {
                if (e.maturedAt().isBefore(CUTOFF)) {
                    rows.addAll(trainers.add(TrainingInput.of(e), Instant.now()));
                } else {
                    unseen.get(e.kind()).add(e);
                }
            }

            @Override
            public void segmentSnapshot(CustomerFeatures features) {
                if (features.asOf().isBefore(CUTOFF)) {
                    rows.addAll(trainers.add(TrainingInput.of(features), Instant.now()));
                }
            }
        };
        SimulatedShop shop = new SimulatedShop(ShopConfig.demo(42, START));
        long midnight = START.toEpochMilli() + CustomerTimeline.DAY;
        while (true) {
            ShopEvent event = shop.next();
            long t = event.time().toEpochMilli();
            while (midnight < t) {
                // The watermark passes a midnight: every customer's tick runs, as the job's timers would.
                for (Map.Entry<String, CustomerTimeline> c : timelines.entrySet()) {
                    c.getValue().runTicksUpTo(c.getKey(), midnight, settings, out);
                }
                midnight += CustomerTimeline.DAY;
            }
            if (!event.time().isBefore(END)) {
                break;
            }
            if (CustomerHistory.concernsCustomer(event)) {
                timelines
                        .computeIfAbsent(event.customerId(), id -> new CustomerTimeline())
                        .apply(event.customerId(), event, settings, out);
            }
        }
    }

    @Test
    void churnAndPurchaseModelsClearlyBeatRecencyAlone() {
        for (ModelKind kind : new ModelKind[] {ModelKind.CHURN, ModelKind.PURCHASE}) {
            ClassifierModel model =
                    (ClassifierModel) trainers.learner(kind).serving().model();
            List<LabelledExample> test = unseen.get(kind);
            boolean[] labels = ClassifierFitting.labels(test);
            ClassifierMetrics metrics = ClassifierMetrics.of(ClassifierFitting.probabilities(model, test), labels);
            ClassifierMetrics recency = ClassifierFitting.recencyOnly(kind, test, labels);
            long versions = rows.stream()
                    .filter(r -> r.kind().equals(kind.registryName()) && r.metricsJson() == null)
                    .count();
            System.out.printf(
                    "%s: %d versions, serving v%d; on %d unseen labels (%d positive): AUC %.3f (recency only %.3f),"
                            + " log loss %.3f, Brier %.3f%n",
                    kind.registryName(),
                    versions,
                    trainers.learner(kind).serving().row().version(),
                    metrics.rows(),
                    metrics.positives(),
                    metrics.auc(),
                    recency.auc(),
                    metrics.logLoss(),
                    metrics.brier());
            metrics.calibration()
                    .forEach(d -> System.out.printf(
                            "  decile %2d: predicted %.3f, observed %.3f%n",
                            d.decile(), d.meanPredicted(), d.observedRate()));
            assertThat(test).hasSizeGreaterThan(1_000);
            assertThat(metrics.auc()).as(kind + " AUC").isGreaterThan(recency.auc() + 0.03);
            double base = metrics.positives() / (double) metrics.rows();
            double baseLoss = -(base * Math.log(base) + (1 - base) * Math.log(1 - base));
            assertThat(metrics.logLoss())
                    .as("better than the base rate's log loss")
                    .isLessThan(baseLoss);
        }
    }

    @Test
    void valueBeatsRepeatingTheLast90DaysAndTheNextOrderDerivationIsMeasured() {
        ValueModel model =
                (ValueModel) trainers.learner(ModelKind.VALUE).serving().model();
        List<LabelledExample> test = unseen.get(ModelKind.VALUE);
        ValueMetrics metrics = ValueFitting.measure(model, test);
        System.out.printf(
                "value: on %d unseen labels: orders MAE %.3f (repeat last 90 days %.3f), revenue MAE %.2f (%.2f)%n",
                metrics.rows(),
                metrics.ordersMae(),
                metrics.baselineOrdersMae(),
                metrics.revenueMae(),
                metrics.baselineRevenueMae());
        assertThat(metrics.ordersMae()).isLessThan(metrics.baselineOrdersMae());

        ClassifierModel purchase =
                (ClassifierModel) trainers.learner(ModelKind.PURCHASE).serving().model();
        double fromValue = 0;
        double fromPurchase = 0;
        int n = 0;
        for (LabelledExample e : test) {
            if (e.outcome().daysToFirstOrder() == null) {
                continue;
            }
            double a = NextOrder.fromExpectedOrders(model.expectedOrders(e.features()), 90);
            double b = NextOrder.fromPurchaseProbability(purchase.probability(e.features()), 7);
            fromValue += Math.abs((Double.isNaN(a) ? 365 : a) - e.outcome().daysToFirstOrder());
            fromPurchase += Math.abs((Double.isNaN(b) ? 365 : b) - e.outcome().daysToFirstOrder());
            n++;
        }
        System.out.printf(
                "next order, %d customers who ordered within 90 days: MAE %.1f days from expected orders,"
                        + " %.1f days from the 7-day purchase probability%n",
                n, fromValue / n, fromPurchase / n);
        assertThat(n).isPositive();
        assertThat(fromPurchase / n)
                .as("scores derive the next order from the purchase probability: it must stay the better one")
                .isLessThanOrEqualTo(fromValue / n);
    }

    @Test
    void segmentsServeWithNamesAndVersionsAreRecorded() {
        var segments = trainers.segments().serving();
        assertThat(segments).isNotNull();
        System.out.println("segments: " + segments.row().metricsJson());
        assertThat(segments.row().version()).isGreaterThan(10);
        assertThat(rows).anyMatch(r -> r.kind().equals("churn") && r.promoted());
        assertThat(rows).anyMatch(r -> r.kind().equals("churn") && !r.fullRetrain() && r.parent() != null);
    }
}
