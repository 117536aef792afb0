package dev.shoplens.models.explain;

import dev.shoplens.features.CustomerFeature;
import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.models.features.FeaturePhrases;
import dev.shoplens.models.train.ClassifierModel;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Why a model scores as it does. Per customer: the features that move the score most (weight × scaled value, in
 * log-odds) and what moved it since the previous score. Globally: each feature's weight per standard deviation,
 * which is the common scale the frozen scaling gives every feature.
 */
public final class Explanations {

    /** Contributions smaller than this say nothing a manager should read. */
    static final double SMALLEST = 0.05;

    private Explanations() {}

    /** The {@code n} largest contributions by size, largest first. */
    public static List<Reason> top(ClassifierModel model, CustomerFeatures features, double[] scaled, int n) {
        double[] contributions = model.contributions(scaled);
        List<CustomerFeature> names = model.scaler().features();
        List<Reason> reasons = new ArrayList<>();
        for (int i = 0; i < contributions.length; i++) {
            if (Math.abs(contributions[i]) >= SMALLEST) {
                CustomerFeature f = names.get(i);
                reasons.add(new Reason(f, FeaturePhrases.phrase(f, features), contributions[i]));
            }
        }
        reasons.sort(Comparator.comparingDouble((Reason r) -> -Math.abs(r.contribution())));
        return reasons.subList(0, Math.min(n, reasons.size()));
    }

    public static String sentences(List<Reason> reasons) {
        return reasons.stream().map(Reason::sentence).collect(Collectors.joining("; "));
    }

    /** Every feature's weight in plain words, largest first: "more days since the last order raises ... (+0.82)". */
    public static List<String> global(ClassifierModel model) {
        List<CustomerFeature> features = model.scaler().features();
        double[] weights = model.weights();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -Math.abs(weights[i])));
        List<String> lines = new ArrayList<>();
        for (int i : order) {
            lines.add(String.format(
                    Locale.ROOT,
                    "more %s %s %s (%+.2f per standard deviation)",
                    features.get(i).words(),
                    weights[i] >= 0 ? "raises" : "lowers",
                    model.kind().words(),
                    weights[i]));
        }
        return lines;
    }

    /**
     * What changed since the previous score of the same kind: the probability before and now, and the features
     * whose contribution moved most. Null when there is no previous score.
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
                moved.add(new Reason(names.get(i), FeaturePhrases.phrase(names.get(i), features), delta));
            }
        }
        moved.sort(Comparator.comparingDouble((Reason r) -> -Math.abs(r.contribution())));
        StringBuilder text = new StringBuilder(String.format(
                Locale.ROOT,
                "%s %.2f -> %.2f since %s",
                model.kind().words(),
                previous.probability(),
                now.probability(),
                LocalDate.ofInstant(previous.asOf(), ZoneOffset.UTC)));
        if (previous.version() != now.version()) {
            text.append(" (model version ")
                    .append(previous.version())
                    .append(" -> ")
                    .append(now.version())
                    .append(')');
        }
        if (!moved.isEmpty()) {
            text.append(": ").append(sentences(moved.subList(0, Math.min(2, moved.size()))));
        }
        return text.toString();
    }

    /** A score as remembered for the next comparison. */
    public record Scored(double probability, double[] contributions, int version, java.time.Instant asOf) {}
}
