package dev.shoplens.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.shoplens.event.EventLimits;
import dev.shoplens.event.RawEvent;
import dev.shoplens.privacy.CustomerPseudonyms;
import dev.shoplens.quality.RejectReason;
import dev.shoplens.store.erasure.CustomerErasure;
import dev.shoplens.store.erasure.ErasedCustomers;
import dev.shoplens.time.ShopClock;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

class DecodeEventsTest {

    @Test
    void countsEachRejectionUnderItsReasonAndPassesTheValidEvents() throws Exception {
        DecodeEvents function = new DecodeEvents(EventLimits.DEFAULTS, ShopClock.system(), ErasedCustomers.Source.NONE);
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

    @Test
    void aRejectedLineKeepsItsReasonAndItsBytesInReadableForm() throws Exception {
        DecodeEvents function = new DecodeEvents(EventLimits.DEFAULTS, ShopClock.system(), ErasedCustomers.Source.NONE);
        byte[] latin1 = "{\"eventId\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        try (OneInputStreamOperatorTestHarness<RawEvent, AcceptedEvent> harness =
                ProcessFunctionTestHarnesses.forProcessFunction(function)) {
            harness.processElement(new RawEvent(latin1, "kafka:events:0:41", null), 0);
            harness.processElement(RawEvent.of("{\"eventId\":\"e1\",\"eventId\":\"e2\"}", "kafka:events:0:42"), 0);

            assertThat(harness.extractOutputValues()).isEmpty();
            assertThat(harness.getSideOutput(Rejections.REJECTED))
                    .extracting(r -> r.getValue().reason(), r -> r.getValue().payload(), r -> r.getValue()
                            .origin())
                    .containsExactly(
                            tuple("not_utf8", "{\"eventId\":\"caf\\xe9\"}", "kafka:events:0:41"),
                            tuple("malformed_json", "{\"eventId\":\"e1\",\"eventId\":\"e2\"}", "kafka:events:0:42"));
        }
    }

    @Test
    void anErasedCustomersEventsGoOnAnonymised() throws Exception {
        Set<String> erased = Set.of(CustomerErasure.hash("c-erased"));
        DecodeEvents function = new DecodeEvents(EventLimits.DEFAULTS, ShopClock.system(), () -> erased);
        try (OneInputStreamOperatorTestHarness<RawEvent, AcceptedEvent> harness =
                ProcessFunctionTestHarnesses.forProcessFunction(function)) {
            for (String customer : List.of("c-erased", "c-kept")) {
                harness.processElement(
                        RawEvent.of(
                                "{\"eventId\":\"" + customer
                                        + "\",\"type\":\"purchase\",\"time\":\"2026-01-02T10:01:00Z\","
                                        + "\"customerId\":\"" + customer + "\",\"orderId\":\"o\",\"lines\":"
                                        + "[{\"productId\":\"p\",\"quantity\":1,\"unitPrice\":5}]}",
                                "file:a:1"),
                        0);
            }

            assertThat(harness.extractOutputValues())
                    .extracting(a -> a.event().eventId(), a -> a.event().customerId(), a -> a.event()
                            .linesAmount())
                    .containsExactly(tuple("c-erased", null, 5.0), tuple("c-kept", "c-kept", 5.0));
        }
    }

    @Test
    void withAPseudonymKeyEveryCustomerIdBecomesItsPseudonymAndAnErasedPseudonymGoesOnAnonymised() throws Exception {
        CustomerPseudonyms pseudonyms = CustomerPseudonyms.keyed("0123456789abcdef0123456789abcdef");
        Set<String> erased = Set.of(CustomerErasure.hash(pseudonyms.of("erased@example.com")));
        DecodeEvents function = new DecodeEvents(EventLimits.DEFAULTS, ShopClock.system(), () -> erased, pseudonyms);
        try (OneInputStreamOperatorTestHarness<RawEvent, AcceptedEvent> harness =
                ProcessFunctionTestHarnesses.forProcessFunction(function)) {
            for (String customer : List.of("erased@example.com", "kept@example.com")) {
                harness.processElement(
                        RawEvent.of(
                                "{\"eventId\":\"" + customer
                                        + "\",\"type\":\"view\",\"time\":\"2026-01-02T10:01:00Z\","
                                        + "\"customerId\":\"" + customer + "\",\"productId\":\"p\"}",
                                "file:a:1"),
                        0);
            }
            harness.processElement(
                    RawEvent.of(
                            "{\"eventId\":\"guest\",\"type\":\"view\",\"time\":\"2026-01-02T10:01:00Z\","
                                    + "\"productId\":\"p\"}",
                            "file:a:2"),
                    0);

            for (String customer : List.of("erased@example.com", "kept@example.com")) {
                harness.processElement(
                        RawEvent.of("{\"eventId\":\"bad\",\"customerId\":\"" + customer + "\"", "file:a:3"), 0);
            }

            assertThat(harness.getSideOutput(Rejections.REJECTED))
                    .as("a rejected line that names an erased customer by the shop's own id is kept nowhere")
                    .singleElement()
                    .satisfies(r -> assertThat(r.getValue().payload()).contains("kept@example.com"));
            assertThat(harness.extractOutputValues())
                    .extracting(a -> a.event().eventId(), a -> a.event().customerId())
                    .containsExactly(
                            tuple("erased@example.com", null),
                            tuple("kept@example.com", pseudonyms.of("kept@example.com")),
                            tuple("guest", null));
            assertThat(pseudonyms.of("kept@example.com")).startsWith("c-").doesNotContain("kept");
        }
    }
}
