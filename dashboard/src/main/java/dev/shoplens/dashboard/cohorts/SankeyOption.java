package dev.shoplens.dashboard.cohorts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shoplens.dashboard.chart.ChartOptions;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The moves between segments as an ECharts Sankey: segments on the left are where customers were, on the right where
 * they went. A Sankey cannot draw a cycle (A to B and B to A), so each segment is two nodes, one per side.
 */
final class SankeyOption {

    private SankeyOption() {}

    /** {@code before} and {@code after} name the two sides; {@code newcomers} names segment -1; {@code empty} shows without moves. */
    static String of(SegmentMoves moves, String before, String after, String newcomers, String empty) {
        ObjectNode option = ChartOptions.object();
        var totals = moves.totals();
        ChartOptions.note(option, totals.isEmpty(), empty);
        option.putObject("tooltip").put("trigger", "item");
        Set<String> nodes = new LinkedHashSet<>();
        ArrayNode links = ChartOptions.object().arrayNode();
        for (SegmentMoves.Move m : totals) {
            String from = moves.name(m.from(), newcomers) + " (" + before + ")";
            String to = moves.name(m.to(), newcomers) + " (" + after + ")";
            nodes.add(from);
            nodes.add(to);
            links.addObject().put("source", from).put("target", to).put("value", m.customers());
        }
        ObjectNode series = option.putArray("series").addObject();
        series.put("type", "sankey")
                .put("left", 8)
                .put("right", 160)
                .put("top", 16)
                .put("bottom", 16);
        series.putObject("emphasis").put("focus", "adjacency");
        series.putObject("lineStyle").put("color", "gradient").put("opacity", 0.4);
        ArrayNode data = series.putArray("data");
        nodes.forEach(n -> data.addObject().put("name", n));
        series.set("links", links);
        return option.toString();
    }
}
