package dev.shoplens.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.event.EventLimits;
import dev.shoplens.event.RawEvent;
import dev.shoplens.quality.RejectReason;
import dev.shoplens.time.ShopClock;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

class DecodeEventsTest {

    @Test
    void countsEachRejectionUnderItsReasonAndPassesTheValidEvents() throws Exception {
        DecodeEvents function = new DecodeEvents(EventLimits.DEFAULTS, ShopClock.system());
        try (OneInputStreamOperatorTestHarness<RawEvent, AcceptedEvent> harness =
                ProcessFunctionTestHarnesses.forProcessFunction(function)) {
            harness.processElement(RawEvent.of("not json", "file:a:1"), 0);
            harness.processElement(RawEvent.of("{\"eventId\":", "file:a:2"), 0);
            harness.processElement(RawEvent.unreadable("x | y", "file:b:7", "no time in column 2"), 0);
            harness.processElement(
                    RawEvent.of(
                            "{\"eventId\":\"v1\",\"type\":\"view\",\"time\":\"2026-01-02T10:01:00Z\",\"productId\":\"p1\"}",
                            "file:a:3"),
                    0);

            assertThat(harness.extractOutputValues())
                    .singleElement()
                    .satisfies(a -> assertThat(a.event().eventId()).isEqualTo("v1"));
            assertThat(harness.getSideOutput(Rejections.REJECTED)).hasSize(3);
            RejectionCounters counters = function.rejectionCounters();
            assertThat(counters.total(RejectReason.MALFORMED_JSON)).isEqualTo(2);
            assertThat(counters.total(RejectReason.UNPARSEABLE_ROW)).isEqualTo(1);
            assertThat(counters.total(RejectReason.DUPLICATE)).isZero();
        }
    }
}
