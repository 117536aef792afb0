package dev.shoplens.jobs.models;

import static dev.shoplens.jobs.ShopEvents.daysAfterMonday;
import static dev.shoplens.jobs.ShopEvents.line;
import static dev.shoplens.jobs.ShopEvents.purchase;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.models.labels.Horizons;
import dev.shoplens.models.labels.LabelledExample;
import dev.shoplens.models.labels.ModelKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The timeline alone: which snapshot is labelled when, over many midnights and horizons of different lengths. */
class CustomerTimelineTest {

    static final long DAY = CustomerTimeline.DAY;

    /** Records what a timeline puts out. */
    static final class Recorded implements CustomerTimeline.Output {
        final boolean scoresMidnights;
        final List<LabelledExample> examples = new ArrayList<>();
        final List<CustomerFeatures> snapshots = new ArrayList<>();
        int midnightScores;

        Recorded(boolean scoresMidnights) {
            this.scoresMidnights = scoresMidnights;
        }

        @Override
        public void score(CustomerFeatures features, boolean daily) {
            if (daily) {
                midnightScores++;
            }
        }

        @Override
        public void example(LabelledExample example) {
            examples.add(example);
        }

        @Override
        public void segmentSnapshot(CustomerFeatures features) {
            snapshots.add(features);
        }

        @Override
        public boolean scoresMidnights() {
            return scoresMidnights;
        }
    }

    /** Weekly snapshots, horizons of 7, 30 and 90 days: up to 13 snapshots wait at once. */
    static final ModelSettings SETTINGS = ModelSettings.defaults()
            .withHorizons(new Horizons(Duration.ofDays(30), Duration.ofDays(7), Duration.ofDays(90)));

    /** A purchase every 11 days for 300 days, and the midnights up to day 300. */
    static Recorded run(boolean scoresMidnights) {
        CustomerTimeline timeline = new CustomerTimeline();
        Recorded out = new Recorded(scoresMidnights);
        for (int day = 0; day < 300; day += 11) {
            timeline.apply(
                    "c1",
                    purchase("c1", "s" + day, "o" + day, daysAfterMonday(day + 0.5), line("p1", 1, 10.0)),
                    SETTINGS,
                    out);
        }
        timeline.runTicksUpTo("c1", daysAfterMonday(300).toEpochMilli(), SETTINGS, out);
        return out;
    }

    @Test
    void everySnapshotIsLabelledOncePerKindWhenItsHorizonEnds() {
        Recorded out = run(true);

        Instant end = daysAfterMonday(300);
        assertThat(out.snapshots).hasSizeGreaterThan(40);
        Set<String> labelled = new HashSet<>();
        for (LabelledExample e : out.examples) {
            Duration horizon = SETTINGS.horizons().of(e.kind());
            assertThat(Duration.between(e.features().asOf(), e.maturedAt())).isEqualTo(horizon);
            assertThat(labelled.add(e.kind() + "@" + e.features().asOf())).isTrue();
        }
        for (ModelKind kind : List.of(ModelKind.PURCHASE, ModelKind.CHURN, ModelKind.VALUE)) {
            long due = out.snapshots.stream()
                    .filter(s -> !s.asOf().plus(SETTINGS.horizons().of(kind)).isAfter(end))
                    .count();
            assertThat(out.examples.stream().filter(e -> e.kind() == kind)).hasSize((int) due);
        }
        // Out in the order of their midnights; within one, oldest snapshot first.
        for (int i = 1; i < out.examples.size(); i++) {
            LabelledExample before = out.examples.get(i - 1);
            LabelledExample after = out.examples.get(i);
            assertThat(after.maturedAt()).isAfterOrEqualTo(before.maturedAt());
            if (after.maturedAt().equals(before.maturedAt())) {
                assertThat(after.features().asOf())
                        .isAfterOrEqualTo(before.features().asOf());
            }
        }
    }

    @Test
    void aJobThatOnlyTrainsGetsTheSameExamplesWithoutMidnightScores() {
        Recorded scored = run(true);
        Recorded trainingOnly = run(false);

        assertThat(scored.midnightScores).isGreaterThan(250);
        assertThat(trainingOnly.midnightScores).isZero();
        assertThat(trainingOnly.examples).isEqualTo(scored.examples);
        assertThat(trainingOnly.snapshots).isEqualTo(scored.snapshots);
    }
}
