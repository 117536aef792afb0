package dev.shoplens.models.metrics;

import java.io.Serializable;

/**
 * When a candidate version replaces the serving one. Both are measured on the same labels neither has seen; the
 * candidate is promoted unless it is worse than the serving version by more than the margins: its AUC lower by more
 * than {@code aucMargin}, or its log loss higher by more than {@code logLossMargin}. With nothing serving yet, a
 * candidate must rank better than chance (AUC above 0.5).
 */
public record PromotionRule(double aucMargin, double logLossMargin) implements Serializable {

    /** The defaults: at most 0.005 AUC and 0.005 log loss worse. */
    public static PromotionRule defaults() {
        return new PromotionRule(0.005, 0.005);
    }

    public PromotionRule {
        if (aucMargin < 0 || logLossMargin < 0) {
            throw new IllegalArgumentException("margins are zero or positive");
        }
    }

    /** Whether to promote, and why, in words. */
    public Decision decide(ClassifierMetrics candidate, ClassifierMetrics serving) {
        if (Double.isNaN(candidate.auc())) {
            return new Decision(false, "the test labels had only one class");
        }
        if (serving == null || Double.isNaN(serving.auc())) {
            return candidate.auc() > 0.5
                    ? new Decision(true, "first version better than chance")
                    : new Decision(false, "no better than chance");
        }
        if (candidate.auc() < serving.auc() - aucMargin) {
            return new Decision(false, "AUC more than " + aucMargin + " below the serving version");
        }
        if (candidate.logLoss() > serving.logLoss() + logLossMargin) {
            return new Decision(false, "log loss more than " + logLossMargin + " above the serving version");
        }
        return new Decision(true, "not worse than the serving version by the margins");
    }

    public record Decision(boolean promote, String reason) {}
}
