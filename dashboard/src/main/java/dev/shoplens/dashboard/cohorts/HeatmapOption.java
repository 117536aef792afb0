package dev.shoplens.dashboard.cohorts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shoplens.dashboard.chart.ChartOptions;
import dev.shoplens.dashboard.i18n.Figures;
import dev.shoplens.dashboard.i18n.Texts;
import java.time.YearMonth;
import java.util.List;

/**
 * The cohorts as an ECharts heatmap: a row per acquisition month (given oldest first, drawn upwards), a column per month after the
 * first purchase, coloured by the share of the cohort who bought (or by revenue). Months still to come stay blank.
 */
final class HeatmapOption {

    private HeatmapOption() {}

    static String of(List<Cohort> cohorts, int months, Measure measure, YearMonth newest) {
        ObjectNode option = ChartOptions.object();
        ChartOptions.note(option, cohorts.isEmpty(), Texts.of("cohorts.noPurchases"));
        option.putObject("tooltip").put("position", "top");
        option.putObject("grid").put("left", 72).put("right", 24).put("top", 16).put("bottom", 104);
        ArrayNode later = option.putObject("xAxis")
                .put("type", "category")
                .put("name", Texts.of("cohorts.monthsAfter"))
                .put("nameLocation", "middle")
                .put("nameGap", 28)
                .putArray("data");
        for (int m = 0; m < months; m++) {
            later.add(String.valueOf(m));
        }
        ArrayNode rows = option.putObject("yAxis").put("type", "category").putArray("data");
        cohorts.forEach(c -> rows.add(Figures.month(c.month())));
        ArrayNode data = ChartOptions.object().arrayNode();
        double max = 0;
        for (int y = 0; y < cohorts.size(); y++) {
            for (int x = 0; x < months; x++) {
                Double value = value(cohorts.get(y), x, measure, newest);
                if (value != null) {
                    data.addArray().add(x).add(y).add(value);
                    max = Math.max(max, value);
                }
            }
        }
        scaleAndSeries(option, data, measure == Measure.CUSTOMERS ? 100 : max, measure.label());
        return option.toString();
    }

    /** The colour scale under the chart (0 to {@code max}) and the labelled heatmap series of {@code data}. */
    static void scaleAndSeries(ObjectNode option, ArrayNode data, double max, String name) {
        option.putObject("visualMap")
                .put("min", 0)
                .put("max", Math.max(1, Math.ceil(max)))
                .put("calculable", true)
                .put("orient", "horizontal")
                .put("left", "center")
                .put("bottom", 0);
        ObjectNode series = option.putArray("series").addObject();
        series.put("name", name).put("type", "heatmap");
        series.putObject("label").put("show", true);
        series.set("data", data);
    }

    /** Percent (rounded) for customers, revenue (whole units) otherwise; null where the month has not come. */
    static Double value(Cohort cohort, int later, Measure measure, YearMonth newest) {
        if (measure == Measure.CUSTOMERS) {
            Double share = cohort.retention(later, newest);
            return share == null ? null : (double) Math.round(share * 100);
        }
        Double revenue = cohort.revenueIn(later, newest);
        return revenue == null ? null : (double) Math.round(revenue);
    }
}
