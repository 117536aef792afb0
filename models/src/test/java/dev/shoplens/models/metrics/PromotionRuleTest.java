package dev.shoplens.models.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PromotionRuleTest {

    final PromotionRule rule = new PromotionRule(0.01, 0.02);

    static ClassifierMetrics metrics(double auc, double logLoss) {
        return new ClassifierMetrics(100, 30, auc, logLoss, 0.2, List.of());
    }

    @Test
    void aCandidateWithinTheMarginsIsPromoted() {
        assertThat(rule.decide(metrics(0.795, 0.515), metrics(0.80, 0.50)).promote())
                .isTrue();
        assertThat(rule.decide(metrics(0.85, 0.40), metrics(0.80, 0.50)).promote())
                .isTrue();
    }

    @Test
    void aCandidateWorseByMoreThanAMarginIsNot() {
        assertThat(rule.decide(metrics(0.785, 0.50), metrics(0.80, 0.50)))
                .extracting(PromotionRule.Decision::promote)
                .isEqualTo(false);
        PromotionRule.Decision worseLoss = rule.decide(metrics(0.80, 0.53), metrics(0.80, 0.50));
        assertThat(worseLoss.promote()).isFalse();
        assertThat(worseLoss.reason()).contains("log loss");
    }

    @Test
    void theFirstVersionMustBeatChance() {
        assertThat(rule.decide(metrics(0.51, 0.69), null).promote()).isTrue();
        assertThat(rule.decide(metrics(0.50, 0.69), null).promote()).isFalse();
        assertThat(rule.decide(metrics(Double.NaN, 0.69), null).promote()).isFalse();
    }
}
