package dev.shoplens.dashboard.inventory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shoplens.dashboard.i18n.Figures;
import dev.shoplens.dashboard.i18n.Texts;
import dev.shoplens.forecast.ForecastDay;
import dev.shoplens.store.read.DemandChart;
import java.time.LocalDate;

/**
 * The ECharts option of a demand chart: past demand, the forecast with its P10-P90 band, and on a second axis the
 * stock (reported, then projected from today's stock at the expected demand) with the reorder point. The band is
 * drawn the usual ECharts way: an invisible P10 line with the P90-P10 difference stacked on it.
 */
final class DemandChartOption {

    static final String WAITING = "inventory.chart.waiting";

    private static final ObjectMapper JSON = new ObjectMapper();

    private DemandChartOption() {}

    static String waiting() {
        ObjectNode option = base(Texts.of(WAITING));
        option.putArray("series");
        return option.toString();
    }

    static String of(DemandChart chart) {
        ObjectNode option = base("");
        ArrayNode series = option.putArray("series");
        series.add(line(Texts.of("inventory.chart.demand"), 0, false).set("data", historyUnits(chart)));
        series.add(line(Texts.of("inventory.chart.forecast"), 0, true).set("data", forecast(chart, Band.MEAN)));
        series.add(bandBase(chart));
        series.add(bandWidth(chart));
        if (chart.stockOnHand() != null) {
            ObjectNode stock = line(Texts.of("inventory.chart.stock"), 1, false);
            stock.set("data", stock(chart));
            if (chart.reorderPoint() != null) {
                ObjectNode markLine = stock.putObject("markLine");
                markLine.put("symbol", "none").putObject("lineStyle").put("color", "#d9534f");
                markLine.putObject("label")
                        .put("formatter", Texts.of("inventory.chart.reorderPoint", Figures.count(chart.reorderPoint())))
                        .put("position", "insideEndTop");
                markLine.putArray("data").addObject().put("yAxis", chart.reorderPoint());
            }
            series.add(stock);
        }
        return option.toString();
    }

    private static ObjectNode base(String waitingText) {
        ObjectNode option = JSON.createObjectNode();
        option.put("useUTC", true);
        boolean waiting = !waitingText.isEmpty();
        ObjectNode title = option.putObject("title");
        title.put("show", waiting)
                .put("text", waitingText)
                .put("left", "center")
                .put("top", "middle");
        title.putObject("textStyle").put("fontWeight", "normal").put("color", "#888");
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("legend").put("top", 0);
        option.putObject("grid").put("left", 56).put("right", 64).put("top", 40).put("bottom", 32);
        option.putObject("xAxis").put("type", "time");
        ArrayNode yAxes = option.putArray("yAxis");
        yAxes.addObject()
                .put("type", "value")
                .put("name", Texts.of("inventory.chart.unitsPerDay"))
                .put("min", 0);
        yAxes.addObject()
                .put("type", "value")
                .put("name", Texts.of("inventory.chart.inStock"))
                .put("min", 0)
                .putObject("splitLine")
                .put("show", false);
        return option;
    }

    private static ObjectNode line(String name, int axis, boolean dashed) {
        ObjectNode line = JSON.createObjectNode();
        line.put("name", name).put("type", "line").put("yAxisIndex", axis).put("showSymbol", false);
        if (dashed) {
            line.putObject("lineStyle").put("type", "dashed");
        }
        return line;
    }

    private static ArrayNode historyUnits(DemandChart chart) {
        ArrayNode data = JSON.createArrayNode();
        chart.history().forEach(d -> point(data, d.day(), d.units()));
        return data;
    }

    private enum Band {
        MEAN,
        P10,
        WIDTH
    }

    private static ArrayNode forecast(DemandChart chart, Band band) {
        ArrayNode data = JSON.createArrayNode();
        for (ForecastDay d : chart.forecast()) {
            double value =
                    switch (band) {
                        case MEAN -> d.mean();
                        case P10 -> d.p10();
                        case WIDTH -> d.p90() - d.p10();
                    };
            point(data, d.day(), value);
        }
        return data;
    }

    private static ObjectNode bandBase(DemandChart chart) {
        ObjectNode base = line("P10", 0, false);
        base.put("stack", "band").put("silent", true);
        base.putObject("lineStyle").put("opacity", 0);
        base.set("data", forecast(chart, Band.P10));
        return base;
    }

    private static ObjectNode bandWidth(DemandChart chart) {
        ObjectNode width = line("P10–P90", 0, false);
        width.put("stack", "band").put("silent", true);
        width.putObject("lineStyle").put("opacity", 0);
        width.putObject("areaStyle").put("color", "#5470c6").put("opacity", 0.2);
        width.set("data", forecast(chart, Band.WIDTH));
        return width;
    }

    /** Reported stock of past days, then today's stock run down by the expected demand. */
    private static ArrayNode stock(DemandChart chart) {
        ArrayNode data = JSON.createArrayNode();
        chart.history().stream()
                .filter(d -> d.stockOnHand() != null)
                .forEach(d -> point(data, d.day(), d.stockOnHand()));
        double left = chart.stockOnHand();
        for (ForecastDay d : chart.forecast()) {
            left = Math.max(0, left - d.mean());
            point(data, d.day(), left);
        }
        return data;
    }

    private static void point(ArrayNode data, LocalDate day, double value) {
        data.addArray().add(day.toEpochDay() * 86_400_000L).add(Math.round(value * 100) / 100.0);
    }
}
