package dev.shoplens.bench.flink;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeatureJobThroughputTest {

    @Test
    void theFeatureJobRunsOnEnoughEventsForTheSecondsUpToTheCap() {
        // 10 s at twice a cold 20,000 a second in the middle 80%: 500,000.
        assertThat(FeatureJobThroughput.eventsFor(10, 20_000, 250_000)).isEqualTo(500_000);
        assertThat(FeatureJobThroughput.eventsFor(10, 1_000, 250_000))
                .as("never fewer than given")
                .isEqualTo(250_000);
        assertThat(FeatureJobThroughput.eventsFor(10, 1e7, 250_000)).isEqualTo(FeatureJobThroughput.MAX_EVENTS);
    }

    @Test
    void aBaselineReadsTheEventsAsOftenAsItTakes() {
        // 10 s at 2,000,000 a second over the middle 80% of 250,000 events a pass: 100 passes.
        assertThat(FeatureJobThroughput.passesFor(10, 2_000_000, 250_000)).isEqualTo(100);
        assertThat(FeatureJobThroughput.passesFor(10, 1_000, 250_000)).isEqualTo(1);
    }
}
