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
    void aMarkIsOneEventOfItsTypeAndMinute() {
        ShopEvent view = ShopEvent.builder("e1", EventType.VIEW, Instant.parse("2026-03-02T10:00:30Z"))
                .customer("c1")
                .build();
        long t = Instant.parse("2026-03-02T10:00:30Z").toEpochMilli();
        assertThat(EventMark.of(view)).isEqualTo(new EventMark("view", t / 60_000, 1, t, t));
    }

    @Test
    void marksOfOneMinuteAddUpToTheSameTallyAsTheirEvents() {
        EventMark added = mark("2026-03-02T10:00:30Z").plus(mark("2026-03-02T10:00:05Z"));
        CountEvents count = new CountEvents();
        MinuteTally minute = count.add(mark("2026-03-02T10:00:50Z"), count.add(added, count.createAccumulator()));

        assertThat(added.key()).isEqualTo(mark("2026-03-02T10:00:59Z").key());
        assertThat(added.events()).isEqualTo(2);
        assertThat(minute.events).isEqualTo(3);
        assertThat(minute.first).isEqualTo(Instant.parse("2026-03-02T10:00:05Z").toEpochMilli());
        assertThat(minute.last).isEqualTo(Instant.parse("2026-03-02T10:00:50Z").toEpochMilli());
    }

    static EventMark mark(String time) {
        return EventMark.of(ShopEvent.builder("e-" + time, EventType.VIEW, Instant.parse(time))
                .customer("c1")
                .build());
    }
}
