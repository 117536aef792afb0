package dev.shoplens.models.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.shoplens.features.CustomerFeature;
import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.models.Examples;
import dev.shoplens.models.labels.ModelKind;
import dev.shoplens.models.train.ClassifierModel;
import dev.shoplens.models.train.ClassifierTrainer;
import dev.shoplens.models.train.TrainingSettings;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ExplanationsTest {

    static ClassifierModel churn;

    @BeforeAll
    static void train() {
        churn = new ClassifierTrainer(TrainingSettings.defaults())
                .fit(ModelKind.CHURN, Examples.churnExamples(4_000, 11, 0), Examples.T0);
    }

    @Test
    void reasonsAreTheLargestWeightTimesScaledValueInWords() {
        CustomerFeatures silent = Examples.customer("c1", 64, 3, 0, 0);
        double[] scaled = churn.scaler().scale(silent);
        List<Reason> reasons = Explanations.top(churn, silent, scaled, 3);

        assertThat(reasons).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        Reason first = reasons.get(0);
        Reason silence = reasons.stream()
                .filter(r -> r.fact() == Fact.DAYS_SINCE_LAST_ORDER)
                .findFirst()
                .orElseThrow();
        int i = churn.scaler().features().indexOf(CustomerFeature.DAYS_SINCE_LAST_ORDER);
        assertThat(silence.contribution()).isCloseTo(churn.weights()[i] * scaled[i], within(1e-12));
        assertThat(silence.contribution()).isPositive();
        assertThat(silence.value()).isEqualTo(64);
        assertThat(silence.sentence()).matches("no order for 64 days: \\+\\d+\\.\\d");
        for (int k = 1; k < reasons.size(); k++) {
            assertThat(Math.abs(reasons.get(k).contribution()))
                    .isLessThanOrEqualTo(Math.abs(reasons.get(k - 1).contribution()));
        }
        String stored = ReasonCodec.write(reasons);
        assertThat(stored).startsWith(first.fact().code() + "=").contains(";").doesNotContain(" ");
        assertThat(ReasonPhrases.ENGLISH.briefs(stored))
                .startsWith(first.sentence())
                .contains("; ");
    }

    @Test
    void aCustomerWhoNeverOrderedIsSaidSo() {
        CustomerFeatures never = Examples.customer("c2", 0, 0, 1, 4);
        assertThat(ReasonPhrases.ENGLISH.fact(Fact.reason(CustomerFeature.DAYS_SINCE_LAST_ORDER, never, 0.5)))
                .isEqualTo("no order yet in 200 days");
        assertThat(ReasonPhrases.ENGLISH.fact(Fact.reason(CustomerFeature.SESSIONS_30D, never, 0.5)))
                .isEqualTo("1 visit in the last 30 days");
        assertThat(ReasonPhrases.ENGLISH.fact(Fact.reason(CustomerFeature.AVG_ORDER_VALUE, never, 0.5)))
                .isEqualTo("no order value yet");
    }

    @Test
    void globalWeightsArePlainSentencesLargestFirst() {
        List<String> lines = Explanations.global(churn, ReasonPhrases.ENGLISH);
        assertThat(lines).hasSize(CustomerFeature.values().length);
        assertThat(lines.get(0))
                .matches(
                        "More days since the last order raises the churn risk( strongly| slightly)? \\(\\+\\d\\.\\d\\d\\)");
        assertThat(lines).anyMatch(l -> l.startsWith("More visits in the last 30 days lowers the churn risk"));
        assertThat(Explanations.global(churn, ReasonPhrases.of(java.util.Locale.SIMPLIFIED_CHINESE))
                        .get(0))
                .matches("距上次下单的天数越多，(大幅|略微)?提高流失风险（\\+\\d\\.\\d\\d）");
    }

    @Test
    void changesSayWhatMovedTheScore() {
        CustomerFeatures before = Examples.customer("c3", 10, 3, 6, 2);
        CustomerFeatures after = Examples.customer("c3", 70, 3, 6, 2);
        Explanations.Scored was = scored(before, 4);
        Explanations.Scored now = scored(after, 5);

        String stored = Explanations.changes(was, now, after, churn);
        assertThat(stored)
                .startsWith(String.format(
                        java.util.Locale.ROOT, "churn|%.2f|%.2f|2026-03-02|4|5|", was.probability(), now.probability()))
                .contains("days_since_last_order=70:+");
        assertThat(ReasonPhrases.ENGLISH.changes(stored))
                .startsWith(String.format(
                        java.util.Locale.ROOT,
                        "the churn risk %.2f -> %.2f since 2026-03-02 (model version 4 -> 5): no order for 70 days: +",
                        was.probability(),
                        now.probability()));
        assertThat(now.probability()).isGreaterThan(was.probability());
        assertThat(Explanations.changes(null, now, after, churn)).isNull();
    }

    private static Explanations.Scored scored(CustomerFeatures f, int version) {
        double[] scaled = churn.scaler().scale(f);
        return new Explanations.Scored(churn.probability(scaled), churn.contributions(scaled), version, f.asOf());
    }
}
