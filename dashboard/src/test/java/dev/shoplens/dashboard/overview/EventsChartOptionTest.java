package dev.shoplens.dashboard.overview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shoplens.store.read.Overview.MinuteCount;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventsChartOptionTest {

    static final Instant MINUTE = Instant.parse("2026-03-02T10:15:00Z");

    @Test
    void plotsOnePointPerMinuteInUtc() throws Exception {
        JsonNode option = parse(EventsChartOption.of(
                List.of(new MinuteCount(MINUTE, 4), new MinuteCount(MINUTE.plusSeconds(60), 3)), 60));

        assertThat(option.path("useUTC").asBoolean()).isTrue();
        JsonNode data = option.path("series").path(0).path("data");
        assertThat(data).hasSize(2);
        assertThat(data.path(0).path(0).asLong()).isEqualTo(MINUTE.toEpochMilli());
        assertThat(data.path(0).path(1).asLong()).isEqualTo(4);
        assertThat(data.path(1).path(1).asLong()).isEqualTo(3);
        assertThat(option.path("title").path("show").asBoolean()).isFalse();
    }

    @Test
    void spansTheWholeWindowEndingAtTheNewestMinute() throws Exception {
        Instant newest = MINUTE.plusSeconds(60);
        JsonNode axis = parse(EventsChartOption.of(List.of(new MinuteCount(MINUTE, 4), new MinuteCount(newest, 3)), 60))
                .path("xAxis");

        assertThat(axis.path("max").asLong()).isEqualTo(newest.toEpochMilli());
        assertThat(axis.path("min").asLong())
                .isEqualTo(newest.minusSeconds(59 * 60).toEpochMilli());
    }

    @Test
    void saysItIsWaitingWhileThereAreNoEvents() throws Exception {
        JsonNode option = parse(EventsChartOption.of(List.of(), 60));

        assertThat(option.path("title").path("show").asBoolean()).isTrue();
        assertThat(option.path("title").path("text").asText()).isEqualTo("Waiting for the first events");
        assertThat(option.path("series").path(0).path("data")).isEmpty();
    }

    @Test
    void clearsTheWaitingTitleOnceEventsArrive() throws Exception {
        // The browser merges each option into the last one: the title must be switched off explicitly.
        JsonNode option = parse(EventsChartOption.of(List.of(new MinuteCount(MINUTE, 1)), 60));

        assertThat(option.path("title").has("show")).isTrue();
        assertThat(option.path("title").path("text").asText()).isEmpty();
    }

    private static JsonNode parse(String json) throws Exception {
        return new ObjectMapper().readTree(json);
    }
}
