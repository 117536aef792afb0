package dev.shoplens.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventFeedTest {

    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    /** A feed over fixed payloads. */
    record Fixed(List<String> payloads) implements EventFeed {
        @Override
        public Iterator<RawEvent> open() {
            return payloads.stream().map(p -> RawEvent.of(p, "test")).iterator();
        }

        @Override
        public long count() {
            return payloads.size();
        }
    }

    @Test
    void theDataEndsAtTheNewestTimeTheJobWouldAccept() {
        EventFeed feed = new Fixed(List.of(
                "{\"eventId\":\"a\",\"time\":\"2026-05-01T10:00:00Z\"}",
                "{\"eventId\":\"b\",\"time\":\"2026-05-20T08:30:00Z\"}",
                "{\"eventId\":\"c\",\"time\":\"2099-01-01T00:00:00Z\"}",
                "not json",
                "{\"eventId\":\"d\",\"time\":\"2026-05-02T10:00:00Z\"}"));
        assertThat(EventFeed.newestEventTime(feed, EventLimits.DEFAULTS, NOW))
                .as("the far-future event would be rejected, so it does not extend the data")
                .contains(Instant.parse("2026-05-20T08:30:00Z"));
        assertThat(EventFeed.newestEventTime(new Fixed(List.of("not json")), EventLimits.DEFAULTS, NOW))
                .isEmpty();
    }

    @Test
    void oneSurveyCountsEveryEventAndFindsWhereTheDataEnds() {
        EventFeed feed = new Fixed(List.of(
                "{\"eventId\":\"a\",\"time\":\"2026-05-01T10:00:00Z\"}",
                "not json",
                "{\"eventId\":\"b\",\"time\":\"2026-05-20T08:30:00Z\"}",
                "{\"eventId\":\"c\",\"time\":\"2099-01-01T00:00:00Z\"}"));
        EventFeed.Survey survey = EventFeed.survey(feed, EventLimits.DEFAULTS, NOW);
        assertThat(survey.events())
                .as("every event counts, the unreadable and the far-future one too: the source emits them all")
                .isEqualTo(feed.count());
        assertThat(survey.newestEventTime()).contains(Instant.parse("2026-05-20T08:30:00Z"));
    }
}
