package dev.shoplens.dashboard.cohorts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shoplens.dashboard.chart.ChartOptions;
import dev.shoplens.store.read.RfmCell;
import java.util.List;

/**
 * The RFM grid as an ECharts heatmap: frequency score across, recency score up (the best customers top right),
 * coloured by the customers in each cell or by what they have spent. Cells without customers stay blank.
 */
final class RfmOption {

    private RfmOption() {}

    static String of(List<RfmCell> cells, int scores, Measure measure, Labels labels) {
        ObjectNode option = ChartOptions.object();
        ChartOptions.note(option, cells.isEmpty(), labels.empty());
        option.putObject("tooltip").put("position", "top");
        option.putObject("grid").put("left", 72).put("right", 24).put("top", 16).put("bottom", 104);
        axis(option.putObject("xAxis"), labels.frequency(), scores);
        axis(option.putObject("yAxis"), labels.recency(), scores);
        ArrayNode data = ChartOptions.object().arrayNode();
        double max = 0;
        for (RfmCell cell : cells) {
            double value = value(cell, measure);
            data.addArray().add(cell.frequency() - 1).add(cell.recency() - 1).add(value);
            max = Math.max(max, value);
        }
        HeatmapOption.scaleAndSeries(option, data, max, measure.label());
        return option.toString();
    }

    /** The words the chart shows, in the page's language. */
    record Labels(String recency, String frequency, String empty) {}

    /** Customers, or their spend in whole units. */
    static double value(RfmCell cell, Measure measure) {
        return measure == Measure.CUSTOMERS ? cell.customers() : Math.round(cell.revenue());
    }

    private static void axis(ObjectNode axis, String name, int scores) {
        ArrayNode data = axis.put("type", "category")
                .put("name", name)
                .put("nameLocation", "middle")
                .put("nameGap", 28)
                .putArray("data");
        for (int s = 1; s <= scores; s++) {
            data.add(String.valueOf(s));
        }
    }
}
