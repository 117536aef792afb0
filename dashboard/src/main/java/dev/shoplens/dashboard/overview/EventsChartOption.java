package dev.shoplens.dashboard.overview;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shoplens.dashboard.i18n.Texts;
import dev.shoplens.store.read.Overview;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The ECharts option of the events-per-minute line. Every option carries every key, so that merging a new one
 * into the live chart also clears what the previous one set (such as the "waiting" title).
 */
public final class EventsChartOption {

    static final String WAITING = "overview.chart.waiting";

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventsChartOption() {}

    /**
     * The line of {@code minutes}, on an axis that always spans the last {@code windowMinutes} minutes up to the
     * newest one: a fixed window keeps the scale of time steady while the first minutes of data arrive.
     */
    public static String of(List<Overview.MinuteCount> minutes, int windowMinutes) {
        ObjectNode option = JSON.createObjectNode();
        // UTC like the rest of the page: "today" and the freshness badge are UTC too.
        option.put("useUTC", true);
        option.set("title", title(minutes.isEmpty()));
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("grid").put("left", 56).put("right", 24).put("top", 40).put("bottom", 32);
        option.set("xAxis", timeAxis(minutes, windowMinutes));
        option.putObject("yAxis")
                .put("type", "value")
                .put("name", Texts.of("overview.chart.eventsPerMinute"))
                .put("minInterval", 1);
        option.putArray("series").add(series(minutes));
        return option.toString();
    }

    private static ObjectNode timeAxis(List<Overview.MinuteCount> minutes, int windowMinutes) {
        ObjectNode axis = JSON.createObjectNode().put("type", "time");
        if (!minutes.isEmpty()) {
            Instant newest = minutes.get(minutes.size() - 1).minute();
            axis.put("min", newest.minus(Duration.ofMinutes(windowMinutes - 1L)).toEpochMilli());
            axis.put("max", newest.toEpochMilli());
        }
        return axis;
    }

    private static ObjectNode title(boolean waiting) {
        ObjectNode title = JSON.createObjectNode();
        title.put("show", waiting).put("text", waiting ? Texts.of(WAITING) : "");
        title.put("left", "center").put("top", "middle");
        title.putObject("textStyle").put("fontWeight", "normal").put("color", "#888");
        return title;
    }

    private static ObjectNode series(List<Overview.MinuteCount> minutes) {
        ObjectNode series = JSON.createObjectNode();
        series.put("name", Texts.of("overview.chart.events"))
                .put("type", "line")
                .put("showSymbol", true)
                .put("symbolSize", 4);
        series.putObject("areaStyle").put("opacity", 0.15);
        ArrayNode data = series.putArray("data");
        for (Overview.MinuteCount minute : minutes) {
            data.addArray().add(minute.minute().toEpochMilli()).add(minute.events());
        }
        return series;
    }
}
