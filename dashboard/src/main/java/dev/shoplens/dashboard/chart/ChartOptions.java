package dev.shoplens.dashboard.chart;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The parts every time chart's option shares: UTC times (like every time on the pages), a legend, margins, and a
 * centred note that shows only while there is nothing to draw. Every option carries the note's keys either way, so
 * merging a new option into the live chart also clears an old note.
 */
public final class ChartOptions {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ChartOptions() {}

    /** A time-axis chart's option without series or value axes; {@code emptyNote} shows when {@code empty}. */
    public static ObjectNode timeChart(boolean empty, String emptyNote) {
        ObjectNode option = JSON.createObjectNode();
        option.put("useUTC", true);
        note(option, empty, emptyNote);
        option.putObject("legend").put("top", 0);
        option.putObject("grid").put("left", 56).put("right", 56).put("top", 40).put("bottom", 32);
        option.putObject("xAxis").put("type", "time");
        return option;
    }

    /** Sets the centred note that shows only while {@code empty}. */
    public static void note(ObjectNode option, boolean empty, String note) {
        option.putObject("title")
                .put("show", empty)
                .put("text", empty ? note : "")
                .put("left", "center")
                .put("top", "middle");
    }

    public static ObjectNode object() {
        return JSON.createObjectNode();
    }
}
