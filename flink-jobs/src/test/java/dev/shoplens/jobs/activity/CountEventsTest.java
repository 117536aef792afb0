package dev.shoplens.jobs.activity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.event.EventType;
import dev.shoplens.event.ShopEvent;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CountEventsTest {

    @Test
    void aMinuteCountsItsEventsAndTheirFirstAndLastTimes() {
        CountEvents count = new CountEvents();
        MinuteTally a = count.createAccumulator();
        count.add(mark("2026-03-02T10:00:30Z"), a);
        count.add(mark("2026-03-02T10:00:05Z"), a);
        MinuteTally b = count.add(mark("2026-03-02T10:00:50Z"), count.createAccumulator());

        MinuteTally minute = count.getResult(count.merge(a, b));

        assertThat(minute.events).isEqualTo(3);
        assertThat(minute.first).isEqualTo(Instant.parse("2026-03-02T10:00:05Z").toEpochMilli());
        assertThat(minute.last).isEqualTo(Instant.parse("2026-03-02T10:00:50Z").toEpochMilli());
    }

    @Test
    void aMarkKeepsTheEventsTypeAndTime() {
        ShopEvent view = ShopEvent.builder("e1", EventType.VIEW, Instant.parse("2026-03-02T10:00:30Z"))
                .customer("c1")
                .build();
        assertThat(EventMark.of(view))
                .isEqualTo(new EventMark(
                        "view", Instant.parse("2026-03-02T10:00:30Z").toEpochMilli()));
    }

    static EventMark mark(String time) {
        return new EventMark("view", Instant.parse(time).toEpochMilli());
    }
}
