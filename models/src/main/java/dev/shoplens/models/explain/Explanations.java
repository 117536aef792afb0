package dev.shoplens.models.explain;

import dev.shoplens.features.CustomerFeature;
import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.models.train.ClassifierModel;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Why a model scores as it does. Per customer: the features that move the score most (weight × scaled value, in
 * log-odds) and what moved it since the previous score. Globally: each feature's weight per standard deviation,
 * which is the common scale the frozen scaling gives every feature.
 */
public final class Explanations {

    /** Contributions smaller than this say nothing a manager should read. */
    static final double SMALLEST = 0.05;

    private Explanations() {}

    /** Between the changes of two kinds in one stored text (the stored form holds no spaces). */
    public static final String CHANGES_SEPARATOR = " ";

    /** The {@code n} largest contributions by size, largest first. */
    public static List<Reason> top(ClassifierModel model, CustomerFeatures features, double[] scaled, int n) {
        double[] contributions = model.contributions(scaled);
        List<CustomerFeature> names = model.scaler().features();
        List<Reason> reasons = new ArrayList<>();
        for (int i = 0; i < contributions.length; i++) {
            if (Math.abs(contributions[i]) >= SMALLEST) {
                reasons.add(Fact.reason(names.get(i), features, contributions[i]));
            }
        }
        reasons.sort(Comparator.comparingDouble((Reason r) -> -Math.abs(r.contribution())));
        return reasons.subList(0, Math.min(n, reasons.size()));
    }

    /** Every feature's weight in words (the reader's), largest first: "More days since the last order raises ...". */
    public static List<String> global(ClassifierModel model, ReasonPhrases phrases) {
        List<CustomerFeature> features = model.scaler().features();
        double[] weights = model.weights();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -Math.abs(weights[i])));
        List<String> lines = new ArrayList<>();
        for (int i : order) {
            lines.add(phrases.weight(features.get(i), weights[i], model.kind()));
        }
        return lines;
    }

    /**
     * What changed since the previous score of the same kind, without words ({@link ReasonPhrases#changes} phrases
     * it): {@code kind|before|now|day of the previous score|version before|version now|reasons}, the reasons being
     * the features whose contribution moved most ({@link ReasonCodec}), e.g.
     * {@code churn|0.42|0.61|2026-03-01|4|5|days_since_last_order=40:+0.31}. Null when there is no previous score.
     */
    public static String changes(Scored previous, Scored now, CustomerFeatures features, ClassifierModel model) {
        if (previous == null) {
            return null;
        }
        List<CustomerFeature> names = model.scaler().features();
        List<Reason> moved = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            double delta = now.contributions()[i] - previous.contributions()[i];
            if (Math.abs(delta) >= SMALLEST) {
                moved.add(Fact.reason(names.get(i), features, delta));
            }
        }
        moved.sort(Comparator.comparingDouble((Reason r) -> -Math.abs(r.contribution())));
        StringBuilder text =
                new StringBuilder(64).append(model.kind().registryName()).append('|');
        ReasonCodec.fixed(text, previous.probability(), 2);
        ReasonCodec.fixed(text.append('|'), now.probability(), 2);
        text.append('|').append(LocalDate.ofInstant(previous.asOf(), ZoneOffset.UTC));
        text.append('|')
                .append(previous.version())
                .append('|')
                .append(now.version())
                .append('|');
        text.append(ReasonCodec.write(moved.subList(0, Math.min(2, moved.size()))));
        return text.toString();
    }

    /** A score as remembered for the next comparison. */
    public record Scored(double probability, double[] contributions, int version, java.time.Instant asOf) {}
}
