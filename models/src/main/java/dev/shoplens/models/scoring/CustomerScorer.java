package dev.shoplens.models.scoring;

import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.models.explain.Explanations;
import dev.shoplens.models.explain.ReasonCodec;
import dev.shoplens.models.labels.ModelKind;
import dev.shoplens.models.train.ClassifierModel;
import dev.shoplens.models.train.NextOrder;
import dev.shoplens.models.train.SegmentModel;
import dev.shoplens.models.train.ServableModel;
import dev.shoplens.models.train.ValueModel;
import dev.shoplens.scores.CustomerScore;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * Scores one customer with whatever versions serve: churn and purchase probabilities with their reasons and what
 * changed since the previous score, expected value, the next order's expected date (derived from the purchase
 * probability) and the segment. Kinds without a serving
 * version yet are left null.
 */
public final class CustomerScorer {

    static final int REASONS = 3;

    private final Map<ModelKind, Served> serving = new EnumMap<>(ModelKind.class);
    private final int purchaseHorizonDays;

    /** @param purchaseHorizonDays the purchase model's horizon, from which the next order's date is derived */
    public CustomerScorer(int purchaseHorizonDays) {
        this.purchaseHorizonDays = purchaseHorizonDays;
    }

    /** A serving model and its version. */
    public record Served(ServableModel model, int version) {}

    public void serve(ServableModel model, int version) {
        serving.put(model.kind(), new Served(model, version));
    }

    public boolean isEmpty() {
        return serving.isEmpty();
    }

    public Integer version(ModelKind kind) {
        Served s = serving.get(kind);
        return s == null ? null : s.version();
    }

    /** The score, and what to remember for the next comparison. */
    public record Result(CustomerScore score, Memory memory) {}

    /** The previous churn and purchase scores of a customer, for "what changed". */
    public record Memory(Explanations.Scored churn, Explanations.Scored purchase, Integer segmentId)
            implements Serializable {
        public static final Memory NONE = new Memory(null, null, null);
    }

    public Result score(CustomerFeatures features, Memory previous) {
        Memory before = previous == null ? Memory.NONE : previous;
        Classified churn = classify(ModelKind.CHURN, features, before.churn());
        Classified purchase = classify(ModelKind.PURCHASE, features, before.purchase());
        Double orders = null;
        Double revenue = null;
        Instant nextOrder = null;
        Served value = serving.get(ModelKind.VALUE);
        if (value != null) {
            ValueModel v = (ValueModel) value.model();
            double[] scaled = v.scaler().scale(features);
            orders = v.expectedOrders(scaled);
            revenue = v.expectedRevenue(scaled);
        }
        SegmentModel.Segment segment = segment(features);
        Served segments = serving.get(ModelKind.SEGMENTS);
        if (purchase.probability != null) {
            // Measured on the simulated shop: closer to the real wait than deriving it from the expected orders.
            double days = NextOrder.fromPurchaseProbability(purchase.probability, purchaseHorizonDays);
            nextOrder = Double.isNaN(days) ? null : features.asOf().plus(Duration.ofMinutes(Math.round(days * 1440)));
        }
        String changes = join(churn.changes, purchase.changes);
        CustomerScore score = new CustomerScore(
                features.customerId(),
                features.asOf(),
                churn.probability,
                version(ModelKind.CHURN),
                purchase.probability,
                version(ModelKind.PURCHASE),
                orders,
                revenue,
                nextOrder,
                value == null ? null : value.version(),
                segment == null ? null : segment.id(),
                segment == null ? null : segment.name(),
                segments == null ? null : segments.version(),
                churn.reasons,
                purchase.reasons,
                changes);
        return new Result(
                score,
                new Memory(
                        churn.scored,
                        purchase.scored,
                        // Boxed on both sides: a conditional with an int would unbox a missing segment and fail.
                        segment == null ? before.segmentId() : Integer.valueOf(segment.id())));
    }

    /** The customer's segment under the serving segmentation; null while none serves. */
    public SegmentModel.Segment segment(CustomerFeatures features) {
        Served segments = serving.get(ModelKind.SEGMENTS);
        return segments == null ? null : ((SegmentModel) segments.model()).assign(features);
    }

    private record Classified(Double probability, String reasons, String changes, Explanations.Scored scored) {}

    private Classified classify(ModelKind kind, CustomerFeatures features, Explanations.Scored previous) {
        Served served = serving.get(kind);
        if (served == null) {
            return new Classified(null, null, null, previous);
        }
        ClassifierModel model = (ClassifierModel) served.model();
        double[] scaled = model.scaler().scale(features);
        double p = model.probability(scaled);
        Explanations.Scored now =
                new Explanations.Scored(p, model.contributions(scaled), served.version(), features.asOf());
        return new Classified(
                p,
                ReasonCodec.write(Explanations.top(model, features, scaled, REASONS)),
                Explanations.changes(previous, now, features, model),
                now);
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + Explanations.CHANGES_SEPARATOR + b;
    }
}
