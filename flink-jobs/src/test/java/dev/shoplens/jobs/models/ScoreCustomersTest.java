package dev.shoplens.jobs.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.models.labels.LabelledExample;
import dev.shoplens.models.labels.ModelKind;
import dev.shoplens.models.registry.ModelCodec;
import dev.shoplens.models.train.ClassifierModel;
import dev.shoplens.models.train.ClassifierTrainer;
import dev.shoplens.models.train.SegmentModel;
import dev.shoplens.models.train.SegmentTrainer;
import dev.shoplens.models.train.ServableModel;
import dev.shoplens.models.train.TrainingSettings;
import dev.shoplens.scores.CustomerScore;
import dev.shoplens.scores.ModelVersionRow;
import dev.shoplens.store.erasure.CustomerErasure;
import dev.shoplens.store.erasure.ErasedCustomers;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.heap.HeapKeyedStateBackend;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScoreCustomersTest {

    static final Instant DAY0 = TrainModelsTest.DAY0;
    static final Duration RETENTION = Duration.ofDays(30);
    static ModelVersionRow churnV1;
    static ModelVersionRow churnV2;

    KeyedBroadcastOperatorTestHarness<String, ScoringInput, ModelVersionRow, CustomerScore> harness;

    @BeforeAll
    static void trainAModel() {
        List<LabelledExample> examples =
                TrainModelsTest.labels().stream().map(a -> a.input().example()).toList();
        ClassifierModel model = new ClassifierTrainer(TrainingSettings.defaults()).fit(ModelKind.CHURN, examples, DAY0);
        churnV1 = version(1, model);
        churnV2 = version(2, model);
    }

    static ModelVersionRow version(int version, ClassifierModel model) {
        return serving(ModelKind.CHURN, version, model);
    }

    /** A serving version of {@code kind}, as the trainer broadcasts it. */
    static ModelVersionRow serving(ModelKind kind, int version, ServableModel model) {
        return new ModelVersionRow(
                kind.registryName(),
                version,
                null,
                DAY0,
                DAY0,
                1,
                true,
                null,
                "{}",
                ModelCodec.write(model),
                true,
                true);
    }

    @BeforeEach
    void setUp() throws Exception {
        harness = serving(new ScoreCustomers(7, RETENTION, ErasedCustomers.Source.NONE));
    }

    /** The function in a harness, with the churn model's first version serving. */
    static KeyedBroadcastOperatorTestHarness<String, ScoringInput, ModelVersionRow, CustomerScore> serving(
            ScoreCustomers function) throws Exception {
        KeyedBroadcastOperatorTestHarness<String, ScoringInput, ModelVersionRow, CustomerScore> started =
                ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(
                        function, s -> s.features().customerId(), Types.STRING, ScoreCustomers.SERVING);
        started.processBroadcastElement(churnV1, DAY0.toEpochMilli());
        started.processBroadcastWatermark(Long.MAX_VALUE);
        return started;
    }

    @AfterEach
    void tearDown() throws Exception {
        harness.close();
    }

    @Test
    void aCustomersEventsBetweenTwoWatermarksMakeOneScoreOnTheNewestFeatures() throws Exception {
        harness.processWatermark(at(1).toEpochMilli());
        afterEvent("c1", at(2), 40);
        afterEvent("c1", at(3), 2);
        afterEvent("c2", at(3), 100);
        assertThat(harness.extractOutputValues())
                .as("nothing before the watermark moves")
                .isEmpty();
        assertThat(harness.numEventTimeTimers())
                .as("a score timer and a clean-up timer per customer")
                .isEqualTo(4);

        harness.processWatermark(at(4).toEpochMilli());

        List<CustomerScore> scores = harness.extractOutputValues();
        assertThat(scores).extracting(CustomerScore::customerId).containsExactlyInAnyOrder("c1", "c2");
        CustomerScore c1 = scores.stream()
                .filter(s -> s.customerId().equals("c1"))
                .findFirst()
                .orElseThrow();
        assertThat(c1.asOf()).as("the newest features").isEqualTo(at(3));
        assertThat(c1.churnVersion()).isEqualTo(1);
        assertThat(harness.numEventTimeTimers()).as("the clean-up timers alone").isEqualTo(2);
    }

    @Test
    void anErasedCustomerIsNotScoredAndItsStateAndCleanUpTimerGo() throws Exception {
        scoreC1AndC2With(new ScoreCustomers(7, RETENTION, () -> Set.of(CustomerErasure.hash("c1"))));

        assertThat(harness.extractOutputValues())
                .extracting(CustomerScore::customerId)
                .containsExactly("c2");
        assertThat(harness.numEventTimeTimers()).as("c2's clean-up timer alone").isEqualTo(1);
    }

    /** Replaces the harness with one of {@code function}; c1 and c2 have an event each, and the watermark passes. */
    private void scoreC1AndC2With(ScoreCustomers function) throws Exception {
        harness.close();
        harness = serving(function);
        harness.processWatermark(at(1).toEpochMilli());
        afterEvent("c1", at(2), 40);
        afterEvent("c2", at(2), 100);
        harness.processWatermark(at(4).toEpochMilli());
    }

    /** Customers erased while the test runs; the function reads it at every look (a zero refresh). */
    static final Set<String> ERASED_NOW = ConcurrentHashMap.newKeySet();

    @Test
    void aCustomerErasedAfterTheirLastRowIsDroppedAtTheNextModelVersion() throws Exception {
        scoreC1AndC2With(new ScoreCustomers(7, RETENTION, () -> Set.copyOf(ERASED_NOW), Duration.ZERO));
        assertThat(harness.extractOutputValues())
                .extracting(CustomerScore::customerId)
                .containsExactlyInAnyOrder("c1", "c2");
        assertThat(scoreEntries()).isEqualTo(2);

        ERASED_NOW.add(CustomerErasure.hash("c1"));
        try {
            harness.getOutput().clear();
            harness.processBroadcastElement(churnV2, at(5).toEpochMilli());

            assertThat(scoreEntries()).as("c1's state gone, c2's kept").isEqualTo(1);
            assertThat(harness.extractOutputValues())
                    .as("the customers still there take the version at their next row")
                    .isEmpty();
        } finally {
            ERASED_NOW.clear();
        }
    }

    @Test
    void aMidnightAndTheEventsBeforeItMakeOneScoreAsOfTheMidnight() throws Exception {
        harness.processWatermark(at(1).toEpochMilli());
        afterEvent("c1", at(2), 40);
        harness.processElement(
                new ScoringInput(features("c1", midnight(1), 41), true),
                midnight(1).toEpochMilli());
        assertThat(harness.extractOutputValues()).isEmpty();

        harness.processWatermark(midnight(1).toEpochMilli());

        assertThat(harness.extractOutputValues())
                .extracting(CustomerScore::asOf)
                .containsExactly(midnight(1));
        assertThat(harness.numEventTimeTimers()).as("the clean-up timer alone").isEqualTo(1);
    }

    @Test
    void eachMidnightsSegmentMoveIsCountedAtOnce() throws Exception {
        List<CustomerFeatures> customers = TrainModelsTest.labels().stream()
                .map(a -> a.input().example().features())
                .toList();
        SegmentModel segments = new SegmentTrainer(TrainingSettings.defaults()).fit(customers, null, DAY0);
        harness.processBroadcastElement(serving(ModelKind.SEGMENTS, 1, segments), DAY0.toEpochMilli());
        harness.processWatermark(at(1).toEpochMilli());

        harness.processElement(
                new ScoringInput(features("c1", midnight(1), 41), true),
                midnight(1).toEpochMilli());
        harness.processElement(
                new ScoringInput(features("c1", midnight(2), 42), true),
                midnight(2).toEpochMilli());

        SegmentModel.Segment first = segments.assign(features("c1", midnight(1), 41));
        SegmentModel.Segment second = segments.assign(features("c1", midnight(2), 42));
        // A move is stamped with the day that ended at the midnight; -1: no segment at the midnight before.
        assertThat(harness.getSideOutput(ScoreCustomers.MOVES))
                .extracting(StreamRecord::getValue)
                .containsExactly(
                        new SegmentMove(dayOf(midnight(0)), -1, first.id(), first.name()),
                        new SegmentMove(dayOf(midnight(1)), first.id(), second.id(), second.name()));
        assertThat(harness.extractOutputValues())
                .as("the scores wait for the watermark")
                .isEmpty();
    }

    @Test
    void aCustomerSilentPastTheRetentionIsForgottenWithTheirTimers() throws Exception {
        harness.processWatermark(at(1).toEpochMilli());
        afterEvent("c1", at(2), 40);
        afterEvent("c2", midnight(10), 40);
        harness.processWatermark(midnight(11).toEpochMilli());
        assertThat(scoreEntries()).isEqualTo(2);
        assertThat(harness.numEventTimeTimers()).as("a clean-up timer each").isEqualTo(2);

        harness.processWatermark(midnight(33).toEpochMilli());
        assertThat(scoreEntries())
                .as("c1 forgotten two days past the retention, c2 kept")
                .isEqualTo(1);
        harness.processWatermark(midnight(42).toEpochMilli());
        assertThat(scoreEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void aScoreDueWhenTheCleanUpTimerMovesIsStillMade() throws Exception {
        harness.processWatermark(at(1).toEpochMilli());
        afterEvent("c1", at(2), 40);
        Instant cleanUp = at(2).plus(RETENTION).plus(Duration.ofDays(2));
        harness.processWatermark(cleanUp.toEpochMilli() - 1);
        assertThat(harness.extractOutputValues()).hasSize(1);

        // A midnight's row makes a score due at the next watermark, the very time of the clean-up timer (one timer);
        // then an event moves the clean-up on, deleting the timer at that time.
        harness.processElement(
                new ScoringInput(features("c1", midnight(1), 40), true),
                midnight(1).toEpochMilli());
        afterEvent("c1", midnight(2), 1);
        harness.processWatermark(cleanUp.toEpochMilli());

        assertThat(harness.extractOutputValues())
                .extracting(CustomerScore::asOf)
                .containsExactly(at(2), midnight(2));
    }

    @Test
    void afterTheFinalWatermarkEveryRowIsScoredAtOnce() throws Exception {
        harness.processWatermark(Long.MAX_VALUE);
        afterEvent("c1", at(2), 40);
        assertThat(harness.extractOutputValues())
                .extracting(CustomerScore::asOf)
                .containsExactly(at(2));
        assertThat(harness.numEventTimeTimers())
                .as("no score timer: the watermark never moves again")
                .isEqualTo(1);
    }

    @Test
    void aNewVersionReachesEachCustomerAtTheirNextRowAndEveryoneAtTheEndOfTheInput() throws Exception {
        harness.processWatermark(at(1).toEpochMilli());
        afterEvent("c1", at(2), 40);
        afterEvent("c2", at(2), 10);
        harness.processWatermark(at(3).toEpochMilli());
        assertThat(harness.extractOutputValues()).hasSize(2);
        harness.getOutput().clear();

        harness.processBroadcastElement(churnV2, at(4).toEpochMilli());
        assertThat(harness.extractOutputValues()).as("nobody rescored at once").isEmpty();

        harness.processElement(
                new ScoringInput(features("c1", midnight(1), 41), true),
                midnight(1).toEpochMilli());
        harness.processWatermark(midnight(1).toEpochMilli());
        assertThat(harness.extractOutputValues())
                .as("c1's midnight takes the new version")
                .extracting(CustomerScore::customerId, CustomerScore::churnVersion)
                .containsExactly(tuple("c1", 2));
        harness.getOutput().clear();

        harness.processWatermark(Long.MAX_VALUE);
        assertThat(harness.extractOutputValues())
                .as("at the end of the input, c2's score is made again with the new version; c1's already was")
                .extracting(CustomerScore::customerId, CustomerScore::churnVersion, CustomerScore::asOf)
                .containsExactly(tuple("c2", 2, at(2)));
        assertThat(scoreEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void aNewVersionAfterTheEndOfTheInputRescoresEveryCustomerAtOnce() throws Exception {
        harness.processWatermark(at(1).toEpochMilli());
        afterEvent("c1", at(2), 40);
        afterEvent("c2", at(2), 10);
        harness.processWatermark(Long.MAX_VALUE);
        assertThat(harness.extractOutputValues()).hasSize(2);
        harness.getOutput().clear();

        // The state went with the clean-up timers at the final watermark: rows after it are scored at once.
        afterEvent("c1", at(3), 40);
        harness.getOutput().clear();
        harness.processBroadcastElement(churnV2, at(4).toEpochMilli());

        assertThat(harness.extractOutputValues())
                .extracting(CustomerScore::customerId, CustomerScore::churnVersion)
                .containsExactly(tuple("c1", 2));
    }

    private int scoreEntries() {
        return ((HeapKeyedStateBackend<?>) harness.getOperator().getKeyedStateBackend()).numKeyValueStateEntries();
    }

    private void afterEvent(String customer, Instant time, double silenceDays) throws Exception {
        harness.processElement(new ScoringInput(features(customer, time, silenceDays), false), time.toEpochMilli());
    }

    static CustomerFeatures features(String customer, Instant asOf, double silenceDays) {
        return TrainModelsTest.features(customer, asOf, silenceDays, 2);
    }

    static LocalDate dayOf(Instant midnight) {
        return LocalDate.ofInstant(midnight, ZoneOffset.UTC);
    }

    /** {@code n} minutes into day 0. */
    static Instant at(int n) {
        return DAY0.plus(Duration.ofMinutes(n));
    }

    static Instant midnight(int n) {
        return DAY0.plus(Duration.ofDays(n));
    }
}
