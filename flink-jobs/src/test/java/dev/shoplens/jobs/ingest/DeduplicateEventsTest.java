package dev.shoplens.jobs.ingest;

import static dev.shoplens.jobs.ShopEvents.MONDAY;
import static dev.shoplens.jobs.ShopEvents.view;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.event.ShopEvent;
import dev.shoplens.quality.RejectReason;
import dev.shoplens.quality.RejectedEvent;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeduplicateEventsTest {

    static final Duration LATENESS = Duration.ofMinutes(10);

    KeyedOneInputStreamOperatorTestHarness<String, AcceptedEvent, ShopEvent> harness;
    DeduplicateEvents function;

    @BeforeEach
    void setUp() throws Exception {
        function = new DeduplicateEvents(LATENESS);
        harness =
                ProcessFunctionTestHarnesses.forKeyedProcessFunction(function, DeduplicateEvents::keyOf, Types.STRING);
    }

    @AfterEach
    void tearDown() throws Exception {
        harness.close();
    }

    @Test
    void passesAnEventOnceAndRejectsItsCopies() throws Exception {
        ShopEvent event = view("c1", "s1", "p1", "toys", MONDAY);
        send(event, "file:a:1");
        send(event, "file:a:2");
        assertThat(harness.extractOutputValues()).containsExactly(event);
        assertThat(rejected()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo("duplicate");
            assertThat(r.origin()).isEqualTo("file:a:2");
            assertThat(r.eventId()).isEqualTo(event.eventId());
        });
        assertThat(function.rejectionCounters().total(RejectReason.DUPLICATE)).isEqualTo(1);
        assertThat(function.rejectionCounters().total(RejectReason.LATE)).isZero();
    }

    @Test
    void rejectsEventsBeyondTheAllowedLatenessAndForgetsIdsThen() throws Exception {
        ShopEvent early = view("c1", "s1", "p1", "toys", MONDAY);
        send(early, "sim:1");
        assertThat(harness.numKeyedStateEntries()).isEqualTo(1);
        assertThat(harness.numEventTimeTimers()).isEqualTo(1);

        harness.processWatermark(MONDAY.plus(LATENESS).toEpochMilli());
        assertThat(harness.numKeyedStateEntries())
                .as("id forgotten once it can only come late")
                .isZero();
        assertThat(harness.numEventTimeTimers()).isZero();

        send(early, "sim:2");
        ShopEvent withinLateness = view("c1", "s1", "p1", "toys", MONDAY.plus(Duration.ofMinutes(1)));
        send(withinLateness, "sim:3");
        assertThat(harness.extractOutputValues()).containsExactly(early, withinLateness);
        assertThat(rejected()).extracting(RejectedEvent::reason).containsExactly("late");
        assertThat(rejected().get(0).detail()).contains("behind the watermark");
        assertThat(function.rejectionCounters().total(RejectReason.LATE)).isEqualTo(1);
    }

    @Test
    void aCustomersBurstSharesOneCleanupTimerAndEveryIdIsForgottenInTime() throws Exception {
        List<ShopEvent> burst = List.of(
                view("c1", "s1", "p1", "toys", MONDAY.plusSeconds(10)),
                view("c1", "s1", "p2", "toys", MONDAY.plusSeconds(30)),
                view("c1", "s1", "p3", "toys", MONDAY.plusSeconds(90)));
        for (ShopEvent event : burst) {
            send(event, "sim");
        }
        ShopEvent later = view("c1", "s2", "p1", "toys", MONDAY.plus(Duration.ofMinutes(5)));
        send(later, "sim");
        assertThat(harness.extractOutputValues())
                .containsExactlyElementsOf(List.of(burst.get(0), burst.get(1), burst.get(2), later));
        assertThat(harness.numEventTimeTimers())
                .as("the burst's ids run out in one bucket of a quarter of the lateness, the later one's in another")
                .isEqualTo(2);

        // The burst's bucket ends 12.5 minutes into the day, when the last of them has run out.
        harness.processWatermark(MONDAY.plus(Duration.ofSeconds(750)).toEpochMilli());
        send(burst.get(2), "sim:copy");
        assertThat(rejected()).extracting(RejectedEvent::reason).containsExactly("late");
        send(later, "sim:copy");
        assertThat(rejected()).extracting(RejectedEvent::reason).containsExactly("late", "duplicate");
        assertThat(harness.numEventTimeTimers()).isEqualTo(1);

        harness.processWatermark(MONDAY.plus(Duration.ofMinutes(20)).toEpochMilli());
        assertThat(harness.numKeyedStateEntries()).as("every id forgotten").isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void eventsWithoutACustomerAreKeyedByProductOrElseTheirOwnId() {
        ShopEvent view = view("c1", "s1", "p1", "toys", MONDAY);
        ShopEvent anonymous = view(null, "s1", "p1", "toys", MONDAY);
        assertThat(DeduplicateEvents.keyOf(new AcceptedEvent(view, "sim"))).isEqualTo("c1");
        assertThat(DeduplicateEvents.keyOf(new AcceptedEvent(anonymous, "sim"))).isEqualTo("p1");
    }

    private void send(ShopEvent event, String origin) throws Exception {
        harness.processElement(new AcceptedEvent(event, origin), event.time().toEpochMilli());
    }

    private List<RejectedEvent> rejected() {
        var out = harness.getSideOutput(Rejections.REJECTED);
        return out == null
                ? List.of()
                : out.stream().map(StreamRecord::getValue).toList();
    }
}
