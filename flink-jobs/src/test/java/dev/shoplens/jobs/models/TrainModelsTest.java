package dev.shoplens.jobs.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.models.labels.LabelledExample;
import dev.shoplens.models.labels.ModelKind;
import dev.shoplens.models.labels.Outcome;
import dev.shoplens.models.registry.Schedule;
import dev.shoplens.scores.ModelVersionRow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/**
 * The trainer on Flink's test harness: labels that arrive interleaved differently (as from two snapshot subtasks
 * on two runs) make the same versions with the same test results; nothing waits and no timer is left once the
 * watermark has passed; a restore from a checkpoint taken while labels waited goes on as if never stopped.
 */
class TrainModelsTest {

    static final Instant DAY0 = Instant.parse("2026-03-02T00:00:00Z");
    static final int DAYS = 8;
    static final int CUSTOMERS = 60;

    /** A version per 50 labels (at least 20 every 3 days), so a few days of labels make several versions. */
    static final ModelSettings SETTINGS = ModelSettings.defaults()
            .withSchedule(new Schedule(
                    50, Duration.ofDays(3), 20, Duration.ofDays(120), 10_000, 8, Duration.ofDays(30), Duration.ZERO));

    @Test
    void twoArrivalOrdersOfTheSameLabelsMakeTheSameVersions() throws Exception {
        List<Arrival> byDay = labels();
        List<Arrival> interleaved = interleaved(byDay);

        List<String> first = versions(run(byDay));
        List<String> second = versions(run(interleaved));

        assertThat(first).as("versions, tested and promoted").hasSizeGreaterThan(4);
        assertThat(first.stream().filter(v -> v.contains("auc")))
                .as("tested versions")
                .isNotEmpty();
        assertThat(second).isEqualTo(first);
        // Control: fed in arrival order, as before the trainer held its input, the two orders disagree.
        assertThat(versions(direct(interleaved))).isNotEqualTo(versions(direct(byDay)));
    }

    @Test
    void nothingWaitsAndNoTimerIsLeftOnceTheWatermarkHasPassed() throws Exception {
        TrainModels trainer = new TrainModels(SETTINGS);
        try (KeyedOneInputStreamOperatorTestHarness<Integer, TrainingInput, ModelVersionRow> harness =
                harness(trainer, null)) {
            send(harness, labels());
            assertThat(trainer.held()).as("every label waits for its midnight").isEqualTo(DAYS * CUSTOMERS);
            assertThat(harness.numEventTimeTimers())
                    .as("one timer per midnight")
                    .isEqualTo(DAYS);

            harness.processWatermark(day(3).toEpochMilli());
            assertThat(trainer.held()).isEqualTo((DAYS - 4) * CUSTOMERS);
            assertThat(harness.numEventTimeTimers())
                    .as("the midnights to come and the end of input's, while a candidate's row waits")
                    .isEqualTo(DAYS - 4 + 1);

            harness.processWatermark(day(DAYS).toEpochMilli());
            assertThat(trainer.held()).isZero();
            assertThat(harness.numEventTimeTimers())
                    .as("only the end of input's: the last candidate's row waits for its test or the end")
                    .isEqualTo(1);

            harness.processWatermark(Long.MAX_VALUE);
            assertThat(harness.numEventTimeTimers()).isZero();
            List<ModelVersionRow> rows = harness.extractOutputValues();
            assertThat(rows.get(rows.size() - 1).metricsJson())
                    .as("the last row: the untested candidate")
                    .isNull();
        }
    }

    @Test
    void aRestoreWhileLabelsWaitGoesOnAsIfNeverStopped() throws Exception {
        assertThat(assertGoesOnAsIfNeverStopped(new TrainModels(SETTINGS)))
                .as("the checkpoint kept a candidate's row not yet out: the restored trainer puts it out")
                .isNotEmpty();
    }

    @Test
    void aCheckpointOfTheEarlierReleasesJavaSerializedTrainerGoesOnAsIfNeverStopped() throws Exception {
        assertGoesOnAsIfNeverStopped(new BlobTrainer());
    }

    /**
     * {@code first} trains up to day 4 with later labels waiting and is checkpointed; a new trainer restored from
     * that checkpoint makes the same versions as one run that never stopped. Returns the rows the checkpoint kept
     * that had not come out before it.
     */
    static List<ModelVersionRow> assertGoesOnAsIfNeverStopped(TrainModels first) throws Exception {
        List<Arrival> labels = labels();
        List<String> uninterrupted = versions(run(labels));

        List<ModelVersionRow> rows = new ArrayList<>();
        OperatorSubtaskState checkpoint;
        try (KeyedOneInputStreamOperatorTestHarness<Integer, TrainingInput, ModelVersionRow> harness =
                harness(first, null)) {
            send(harness, labels);
            harness.processWatermark(day(4).toEpochMilli());
            rows.addAll(harness.extractOutputValues());
            checkpoint = harness.snapshot(1, 1);
        }
        List<ModelVersionRow> kept = first.trainers().unannounced();
        assertThat(rows).as("versions trained before the checkpoint").isNotEmpty();
        TrainModels restored = new TrainModels(SETTINGS);
        try (KeyedOneInputStreamOperatorTestHarness<Integer, TrainingInput, ModelVersionRow> harness =
                harness(restored, checkpoint)) {
            assertThat(restored.held()).as("the labels of days 5-7 survive").isEqualTo((DAYS - 5) * CUSTOMERS);
            harness.processWatermark(Long.MAX_VALUE);
            rows.addAll(harness.extractOutputValues());
        }
        assertThat(versions(rows)).isEqualTo(uninterrupted);
        return kept;
    }

    /**
     * The trainer as releases up to 2026-12-06 checkpointed it: the learners and the held labels as Java-serialized
     * blobs in operator state named {@code trainers} and {@code held-training-input}, nothing typed.
     */
    static final class BlobTrainer extends TrainModels {

        private transient ListState<byte[]> blob;
        private transient ListState<byte[]> held;

        BlobTrainer() {
            super(SETTINGS);
        }

        /** Those releases fitted on the trainer's own thread. */
        @Override
        public void open(org.apache.flink.api.common.functions.OpenContext openContext) {
            super.open(openContext);
            trainers().fitOn(null);
        }

        @Override
        public void initializeState(FunctionInitializationContext context) throws Exception {
            super.initializeState(context);
            blob = context.getOperatorStateStore().getListState(new ListStateDescriptor<>("trainers", byte[].class));
            held = context.getOperatorStateStore()
                    .getListState(new ListStateDescriptor<>("held-training-input", byte[].class));
        }

        @Override
        public void snapshotState(FunctionSnapshotContext context) throws Exception {
            blob.update(List.of(javaSerialized(trainers())));
            held.update(List.of(javaSerialized(order())));
        }

        private static byte[] javaSerialized(java.io.Serializable state) throws java.io.IOException {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
                out.writeObject(state);
            }
            return bytes.toByteArray();
        }
    }

    /** A label of one customer, stamped as the snapshot function stamps it: the midnight that matured it. */
    record Arrival(TrainingInput input, long timestamp) {}

    /** Churn labels of {@value #CUSTOMERS} customers on each of {@value #DAYS} days; long silence means churn. */
    static List<Arrival> labels() {
        SplittableRandom random = new SplittableRandom(7);
        List<Arrival> labels = new ArrayList<>();
        for (int d = 0; d < DAYS; d++) {
            for (int c = 0; c < CUSTOMERS; c++) {
                double silence = random.nextDouble(0, 120);
                int sessions = random.nextInt(0, 12);
                boolean churned = (silence - 40) / 15 - sessions * 0.3 + random.nextGaussian() * 0.8 > 0;
                LabelledExample example = new LabelledExample(
                        ModelKind.CHURN,
                        features("c" + c, day(d).minus(Duration.ofDays(30)), silence, sessions),
                        new Outcome(churned ? 0 : 1, churned ? 0 : 30, churned ? null : 3.0),
                        day(d));
                labels.add(new Arrival(TrainingInput.of(example), day(d).toEpochMilli()));
            }
        }
        return labels;
    }

    /** As two subtasks might deliver them: odd and even customers alternate in turns of 7, each half reversed. */
    static List<Arrival> interleaved(List<Arrival> labels) {
        List<Arrival> odd = new ArrayList<>();
        List<Arrival> even = new ArrayList<>();
        for (Arrival a : labels) {
            (Integer.parseInt(a.input().customerId().substring(1)) % 2 == 0 ? even : odd).add(a);
        }
        List<Arrival> out = new ArrayList<>();
        for (int d = 0; d < DAYS; d++) {
            List<Arrival> oddDay = ofDay(odd, d);
            List<Arrival> evenDay = ofDay(even, d);
            Collections.reverse(oddDay);
            for (int i = 0; i < Math.max(oddDay.size(), evenDay.size()); i += 7) {
                out.addAll(oddDay.subList(Math.min(i, oddDay.size()), Math.min(i + 7, oddDay.size())));
                out.addAll(evenDay.subList(Math.min(i, evenDay.size()), Math.min(i + 7, evenDay.size())));
            }
        }
        return out;
    }

    static List<Arrival> ofDay(List<Arrival> labels, int d) {
        return new ArrayList<>(labels.stream()
                .filter(a -> a.timestamp() == day(d).toEpochMilli())
                .toList());
    }

    static List<ModelVersionRow> run(List<Arrival> arrivals) throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<Integer, TrainingInput, ModelVersionRow> harness =
                harness(new TrainModels(SETTINGS), null)) {
            send(harness, arrivals);
            harness.processWatermark(Long.MAX_VALUE);
            return harness.extractOutputValues();
        }
    }

    static List<ModelVersionRow> direct(List<Arrival> arrivals) {
        Trainers trainers = new Trainers(SETTINGS);
        List<ModelVersionRow> rows = new ArrayList<>();
        for (Arrival a : arrivals) {
            rows.addAll(trainers.add(a.input(), Instant.EPOCH));
        }
        return rows;
    }

    /** What a version row says, without the wall time it was written at. */
    static List<String> versions(List<ModelVersionRow> rows) {
        return rows.stream()
                .map(r -> String.join(
                        " ",
                        r.kind(),
                        "v" + r.version(),
                        "rows=" + r.trainingRows(),
                        "full=" + r.fullRetrain(),
                        "promoted=" + r.promoted(),
                        "serving=" + r.serving(),
                        String.valueOf(r.metricsJson())))
                .toList();
    }

    static KeyedOneInputStreamOperatorTestHarness<Integer, TrainingInput, ModelVersionRow> harness(
            KeyedProcessFunction<Integer, TrainingInput, ModelVersionRow> trainer, OperatorSubtaskState restoreFrom)
            throws Exception {
        KeyedOneInputStreamOperatorTestHarness<Integer, TrainingInput, ModelVersionRow> harness =
                new KeyedOneInputStreamOperatorTestHarness<>(
                        new KeyedProcessOperator<>(trainer), TrainModels::oneTrainer, Types.INT);
        harness.setup();
        if (restoreFrom != null) {
            harness.initializeState(restoreFrom);
        }
        harness.open();
        return harness;
    }

    static void send(
            KeyedOneInputStreamOperatorTestHarness<Integer, TrainingInput, ModelVersionRow> harness,
            List<Arrival> arrivals)
            throws Exception {
        for (Arrival a : arrivals) {
            harness.processElement(new StreamRecord<>(a.input(), a.timestamp()));
        }
    }

    static Instant day(int n) {
        return DAY0.plus(Duration.ofDays(n));
    }

    static CustomerFeatures features(String id, Instant asOf, double silenceDays, int sessions30d) {
        return new CustomerFeatures(
                id,
                asOf,
                asOf.minus(Duration.ofDays(200)),
                asOf.minus(Duration.ofMinutes(Math.round(silenceDays * 1440))),
                silenceDays,
                0,
                silenceDays < 30 ? 1 : 0,
                silenceDays < 90 ? 2 : 1,
                0,
                20.0,
                40.0,
                3,
                90.0,
                30.0,
                sessions30d * 2,
                sessions30d / 3,
                1,
                0.5,
                sessions30d,
                200,
                25.0,
                0.1,
                3);
    }
}
