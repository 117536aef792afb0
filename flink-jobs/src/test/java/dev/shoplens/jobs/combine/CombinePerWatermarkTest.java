package dev.shoplens.jobs.combine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.runtime.watermarkstatus.WatermarkStatus;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CombinePerWatermarkTest {

    /** A row of an upsert table: its key and a running total. */
    record Row(String key, int total) {}

    OneInputStreamOperatorTestHarness<Row, Row> harness;

    @BeforeEach
    void setUp() throws Exception {
        harness = new OneInputStreamOperatorTestHarness<>(new CombinePerWatermark<Row>(
                Row::key, (older, newer) -> new Row(older.key(), older.total() + newer.total())));
        harness.open();
    }

    @AfterEach
    void tearDown() throws Exception {
        harness.close();
    }

    @Test
    void sendsOneCombinedRecordPerKeyBeforeTheWatermark() throws Exception {
        harness.processElement(new Row("a", 1), 10);
        harness.processElement(new Row("b", 5), 11);
        harness.processElement(new Row("a", 2), 12);
        assertThat(harness.getOutput()).as("held until the watermark moves").isEmpty();

        harness.processWatermark(new Watermark(20));

        assertThat(new ArrayList<>(harness.getOutput()))
                .containsExactly(
                        new StreamRecord<>(new Row("a", 3), 12),
                        new StreamRecord<>(new Row("b", 5), 11),
                        new Watermark(20));
    }

    @Test
    void theNewestRecordOfAKeyIsAllThatGoesOn() throws Exception {
        harness.close();
        harness = new OneInputStreamOperatorTestHarness<>(
                new CombinePerWatermark<Row>(Row::key, (older, newer) -> newer));
        harness.open();
        harness.processElement(new Row("a", 1), 10);
        harness.processElement(new Row("a", 7), 11);
        harness.processWatermark(new Watermark(11));
        harness.processElement(new Row("a", 9), 12);
        harness.processWatermark(new Watermark(13));

        assertThat(harness.extractOutputValues()).containsExactly(new Row("a", 7), new Row("a", 9));
    }

    @Test
    void recordsThatPassAtOnceGoOnAfterWhatTheirKeyHeldAndKeepTheKeysOrder() throws Exception {
        harness.close();
        // Negative totals stand for the rows every one of which the operators after it need (a customer's midnights).
        harness = new OneInputStreamOperatorTestHarness<>(
                new CombinePerWatermark<Row>(Row::key, (older, newer) -> newer, row -> row.total() < 0));
        harness.open();
        harness.processElement(new Row("a", 1), 10);
        harness.processElement(new Row("b", 2), 11);
        harness.processElement(new Row("a", 3), 12);
        harness.processElement(new Row("a", -1), 13);
        harness.processElement(new Row("a", -2), 14);
        harness.processElement(new Row("a", 4), 15);
        harness.processElement(new Row("a", 5), 16);
        assertThat(harness.extractOutputValues())
                .as("a's newest row so far, then its passing rows as they came; b's waits")
                .containsExactly(new Row("a", 3), new Row("a", -1), new Row("a", -2));

        harness.processWatermark(new Watermark(20));

        assertThat(new ArrayList<>(harness.getOutput()))
                .containsExactly(
                        new StreamRecord<>(new Row("a", 3), 12),
                        new StreamRecord<>(new Row("a", -1), 13),
                        new StreamRecord<>(new Row("a", -2), 14),
                        new StreamRecord<>(new Row("b", 2), 11),
                        new StreamRecord<>(new Row("a", 5), 16),
                        new Watermark(20));
    }

    @Test
    void whatIsHeldGoesOnBeforeACheckpointsBarrierAndKeepsNoState() throws Exception {
        harness.processElement(new Row("a", 1), 10);

        harness.prepareSnapshotPreBarrier(1);
        var snapshot = harness.snapshot(1, 1);

        assertThat(harness.extractOutputValues()).containsExactly(new Row("a", 1));
        assertThat(snapshot.getManagedOperatorState()).isEmpty();
        assertThat(snapshot.getManagedKeyedState()).isEmpty();
    }

    @Test
    void whatIsHeldGoesOnAtTheEndOfTheInputAndWhenTheInputGoesIdle() throws Exception {
        harness.processElement(new Row("a", 1), 10);
        harness.processWatermarkStatus(WatermarkStatus.IDLE);
        assertThat(new ArrayList<>(harness.getOutput()))
                .as("out before the input's idle status")
                .containsExactly(new StreamRecord<>(new Row("a", 1), 10), WatermarkStatus.IDLE);

        harness.processElement(new Row("b", 2), 11);
        harness.endInput();
        assertThat(harness.extractOutputValues()).containsExactly(new Row("a", 1), new Row("b", 2));
    }

    @Test
    void eachRecordStillComesBeforeTheFirstWatermarkThatCouldMakeItLate() throws Exception {
        harness.processElement(new Row("a", 1), 30);
        harness.processWatermark(new Watermark(29));
        harness.processElement(new Row("a", 1), 40);
        harness.processWatermark(new Watermark(45));

        List<Object> output = new ArrayList<>(harness.getOutput());
        assertThat(output)
                .containsExactly(
                        new StreamRecord<>(new Row("a", 1), 30),
                        new Watermark(29),
                        new StreamRecord<>(new Row("a", 1), 40),
                        new Watermark(45));
    }
}
