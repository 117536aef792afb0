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
                .filter(r -> r.feature() == CustomerFeature.DAYS_SINCE_LAST_ORDER)
                .findFirst()
                .orElseThrow();
        int i = churn.scaler().features().indexOf(silence.feature());
        assertThat(silence.contribution()).isCloseTo(churn.weights()[i] * scaled[i], within(1e-12));
        assertThat(silence.contribution()).isPositive();
        assertThat(silence.sentence()).matches("no order for 64 days: \\+\\d+\\.\\d");
        for (int k = 1; k < reasons.size(); k++) {
            assertThat(Math.abs(reasons.get(k).contribution()))
                    .isLessThanOrEqualTo(Math.abs(reasons.get(k - 1).contribution()));
        }
        assertThat(Explanations.sentences(reasons)).startsWith(first.sentence()).contains("; ");
    }

    @Test
    void aCustomerWhoNeverOrderedIsSaidSo() {
        CustomerFeatures never = Examples.customer("c2", 0, 0, 1, 4);
        assertThat(dev.shoplens.models.features.FeaturePhrases.phrase(CustomerFeature.DAYS_SINCE_LAST_ORDER, never))
                .isEqualTo("no order yet in 200 days");
        assertThat(dev.shoplens.models.features.FeaturePhrases.phrase(CustomerFeature.SESSIONS_30D, never))
                .isEqualTo("1 visit in the last 30 days");
    }

    @Test
    void globalWeightsArePlainSentencesLargestFirst() {
        List<String> lines = Explanations.global(churn);
        assertThat(lines).hasSize(CustomerFeature.values().length);
        assertThat(lines.get(0)).startsWith("more days since the last order raises the churn risk (+");
        assertThat(lines).anyMatch(l -> l.startsWith("more visits in the last 30 days lowers the churn risk"));
    }

    @Test
    void changesSayWhatMovedTheScore() {
        CustomerFeatures before = Examples.customer("c3", 10, 3, 6, 2);
        CustomerFeatures after = Examples.customer("c3", 70, 3, 6, 2);
        Explanations.Scored was = scored(before, 4);
        Explanations.Scored now = scored(after, 5);

        String text = Explanations.changes(was, now, after, churn);
        assertThat(text)
                .startsWith(String.format(
                        java.util.Locale.ROOT,
                        "the churn risk %.2f -> %.2f since 2026-03-02",
                        was.probability(),
                        now.probability()))
                .contains("(model version 4 -> 5)")
                .contains("no order for 70 days: +");
        assertThat(now.probability()).isGreaterThan(was.probability());
        assertThat(Explanations.changes(null, now, after, churn)).isNull();
    }

    private static Explanations.Scored scored(CustomerFeatures f, int version) {
        double[] scaled = churn.scaler().scale(f);
        return new Explanations.Scored(churn.probability(scaled), churn.contributions(scaled), version, f.asOf());
    }
}
