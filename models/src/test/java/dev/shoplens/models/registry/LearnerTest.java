package dev.shoplens.models.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.models.Examples;
import dev.shoplens.models.labels.LabelledExample;
import dev.shoplens.models.labels.ModelKind;
import dev.shoplens.models.metrics.PromotionRule;
import dev.shoplens.models.train.TrainingSettings;
import dev.shoplens.scores.ModelVersionRow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class LearnerTest {

    static final Instant WALL = Instant.parse("2026-05-01T12:00:00Z");

    final Schedule schedule = new Schedule(
            1_000, Duration.ofDays(365), 100, Duration.ofDays(365), 100_000, 2, Duration.ofDays(365), Duration.ZERO);

    Learner learner() {
        return new Learner(
                ModelKind.CHURN,
                new ClassifierFitting(ModelKind.CHURN, TrainingSettings.defaults(), PromotionRule.defaults()),
                schedule);
    }

    @Test
    void eachBatchTestsTheLastCandidateThenTrainsTheNext() {
        Learner learner = learner();
        List<ModelVersionRow> rows = new ArrayList<>();
        List<LabelledExample> examples = Examples.churnExamples(4_000, 41, 0);
        for (LabelledExample e : examples) {
            rows.addAll(learner.add(e, WALL));
        }
        // Batch 1 trains v1 (full). Batch 2 tests v1 (promoted: nothing serves), trains v2 warm from v1.
        // Batch 3 tests v2 against v1, trains v3 (full: two warm starts... only one so far, so warm).
        ModelVersionRow v1 = rows.get(0);
        assertThat(v1.version()).isEqualTo(1);
        assertThat(v1.fullRetrain()).isTrue();
        assertThat(v1.parent()).isNull();
        assertThat(v1.metricsJson()).as("untested when trained").isNull();
        assertThat(v1.trainingRows()).isEqualTo(1_000);
        assertThat(v1.trainedAt()).isEqualTo(examples.get(999).maturedAt());

        ModelVersionRow v1Tested = rows.get(1);
        assertThat(v1Tested.version()).isEqualTo(1);
        assertThat(v1Tested.promoted()).isTrue();
        assertThat(v1Tested.serving()).isTrue();
        assertThat(v1Tested.metricsJson())
                .contains("\"auc\"")
                .contains("\"recencyOnly\"")
                .contains("calibration");

        ModelVersionRow v2 = rows.get(2);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.parent()).isEqualTo(1);
        assertThat(v2.fullRetrain()).isFalse();
        assertThat(v2.trainingRows()).isEqualTo(1_000);

        assertThat(rows).allSatisfy(r -> assertThat(r.model()).isNotEmpty());
        assertThat(rows.stream()
                        .filter(ModelVersionRow::serving)
                        .map(ModelVersionRow::version)
                        .toList())
                .as("a version serves once promoted; the one it replaces is re-emitted as no longer serving")
                .isNotEmpty();
        assertThat(learner.serving()).isNotNull();
        assertThat(learner.candidate().row().version()).isEqualTo(4);
    }

    @Test
    void aFullRetrainComesAfterTheConfiguredWarmStarts() {
        Learner learner = learner();
        List<ModelVersionRow> trained = new ArrayList<>();
        for (LabelledExample e : Examples.churnExamples(6_000, 42, 0)) {
            learner.add(e, WALL).stream().filter(r -> r.metricsJson() == null).forEach(trained::add);
        }
        assertThat(trained)
                .extracting(ModelVersionRow::fullRetrain)
                .containsExactly(true, false, false, true, false, false);
        assertThat(trained.get(3).trainingRows()).as("the whole window").isEqualTo(4_000);
    }

    @Test
    void warmStartsCallAFullRetrainOnlyOnceTheLastIsOldEnough() {
        // Versions come 1,000 minutes apart: two warm starts would call a full retrain at the fourth version, but
        // the last full retrain is then 3,000 minutes old, less than the gap of three days (4,320 minutes).
        Schedule gapped = new Schedule(
                1_000,
                Duration.ofDays(365),
                100,
                Duration.ofDays(365),
                100_000,
                2,
                Duration.ofDays(365),
                Duration.ofDays(3));
        Learner learner = new Learner(
                ModelKind.CHURN,
                new ClassifierFitting(ModelKind.CHURN, TrainingSettings.defaults(), PromotionRule.defaults()),
                gapped);
        List<ModelVersionRow> trained = new ArrayList<>();
        for (LabelledExample e : Examples.churnExamples(6_000, 42, 0)) {
            learner.add(e, WALL).stream().filter(r -> r.metricsJson() == null).forEach(trained::add);
        }
        assertThat(trained)
                .extracting(ModelVersionRow::fullRetrain)
                .containsExactly(true, false, false, false, false, true);
    }

    @Test
    void fitsOnAThreadOfTheirOwnMakeTheSameVersionsInTheSameOrder() {
        List<LabelledExample> examples = Examples.churnExamples(6_000, 42, 0);
        Learner onCaller = learner();
        List<ModelVersionRow> expected = new ArrayList<>();
        for (LabelledExample e : examples) {
            expected.addAll(onCaller.add(e, WALL));
        }

        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Learner beside = learner();
            beside.fitOn(executor);
            List<ModelVersionRow> rows = new ArrayList<>();
            for (LabelledExample e : examples) {
                List<ModelVersionRow> made = beside.add(e, WALL);
                if (!made.isEmpty()) {
                    assertThat(beside.isFitting())
                            .as("the next candidate is fitted beside the caller")
                            .isTrue();
                }
                rows.addAll(made);
            }
            assertThat(beside.unannounced())
                    .as("the last candidate, taken in but not yet put out")
                    .extracting(ModelVersionRow::version)
                    .containsExactly(6);
            assertThat(beside.state().candidate().version())
                    .as("a checkpoint keeps it")
                    .isEqualTo(6);
            rows.addAll(beside.fitted());
            assertThat(beside.fitted()).as("put out once").isEmpty();

            assertThat(described(rows)).isEqualTo(described(expected));
        } finally {
            executor.shutdownNow();
        }
    }

    /** A row without its model's bytes and provenance, which carry the wall time of the fit. */
    static List<String> described(List<ModelVersionRow> rows) {
        return rows.stream()
                .map(r -> r.kind() + " v" + r.version() + " parent=" + r.parent() + " rows=" + r.trainingRows()
                        + " full=" + r.fullRetrain() + " at=" + r.trainedAt() + " promoted=" + r.promoted()
                        + " serving=" + r.serving() + " " + r.metricsJson())
                .toList();
    }

    @Test
    void aBatchWithOneLabelClassTrainsNothing() {
        Learner learner = learner();
        List<ModelVersionRow> rows = new ArrayList<>();
        for (LabelledExample e : Examples.churnExamples(5_000, 43, 0)) {
            if (e.positive()) {
                rows.addAll(learner.add(e, WALL));
            }
        }
        assertThat(rows).isEmpty();
        assertThat(learner.serving()).isNull();
    }
}
