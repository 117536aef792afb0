package dev.shoplens.models.labels;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LabelWindowTest {

    static final Instant CUT_OFF = Instant.parse("2026-03-02T00:00:00Z");
    static final Duration WEEK = Duration.ofDays(7);

    @Test
    void anOrderExactlyAtTheCutOffCountsAndIsNotAFeature() {
        assertThat(LabelWindow.contains(CUT_OFF, WEEK, CUT_OFF)).isTrue();
        assertThat(LabelWindow.beforeCutOff(CUT_OFF.toEpochMilli(), CUT_OFF.toEpochMilli()))
                .isFalse();
    }

    @Test
    void anOrderExactlyAtTheHorizonsEndBelongsToTheNextWindow() {
        assertThat(LabelWindow.contains(CUT_OFF, WEEK, CUT_OFF.plus(WEEK))).isFalse();
        assertThat(LabelWindow.contains(CUT_OFF, WEEK, CUT_OFF.plus(WEEK).minusMillis(1)))
                .isTrue();
        assertThat(LabelWindow.contains(CUT_OFF.plus(WEEK), WEEK, CUT_OFF.plus(WEEK)))
                .isTrue();
    }

    @Test
    void anOrderBeforeTheCutOffIsAFeatureNotALabel() {
        Instant before = CUT_OFF.minusMillis(1);

        assertThat(LabelWindow.contains(CUT_OFF, WEEK, before)).isFalse();
        assertThat(LabelWindow.beforeCutOff(CUT_OFF.toEpochMilli(), before.toEpochMilli()))
                .isTrue();
    }
}
