package dev.shoplens.dashboard.models;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shoplens.dashboard.chart.ChartOptions;
import dev.shoplens.store.read.ModelSummary;
import java.util.List;
import java.util.function.Function;

/**
 * Each version's measured quality over time (the event time it was trained at), as an ECharts option: AUC (left
 * axis) and log loss (right axis) for churn and purchase, orders and revenue error for value. Versions that were
 * not promoted are drawn as hollow points, so a rejected candidate stands out.
 */
final class MetricsChartOption {

    static final String NO_METRICS = "No version measured yet";

    private MetricsChartOption() {}

    static String of(String kind, List<ModelSummary> versions) {
        boolean classifier = !kind.equals("value");
        List<ModelSummary> measured = versions.stream()
                .filter(v -> ModelMetrics.of(v.metricsJson()) != ModelMetrics.NONE)
                .toList();
        ObjectNode option = ChartOptions.timeChart(measured.isEmpty(), NO_METRICS);
        option.putObject("tooltip").put("trigger", "axis");
        ArrayNode axes = option.putArray("yAxis");
        ArrayNode series = option.putArray("series");
        if (classifier) {
            axes.addObject().put("type", "value").put("name", "AUC").put("scale", true);
            axes.addObject().put("type", "value").put("name", "log loss").put("scale", true);
            series.add(series("AUC", 0, measured, ModelMetrics::auc));
            series.add(series("Log loss", 1, measured, ModelMetrics::logLoss));
        } else {
            axes.addObject().put("type", "value").put("name", "orders error").put("scale", true);
            axes.addObject().put("type", "value").put("name", "revenue error").put("scale", true);
            series.add(series("Orders error (MAE)", 0, measured, ModelMetrics::ordersMae));
            series.add(series("Revenue error (MAE)", 1, measured, ModelMetrics::revenueMae));
        }
        return option.toString();
    }

    private static ObjectNode series(
            String name, int axis, List<ModelSummary> versions, Function<ModelMetrics, Double> metric) {
        ObjectNode series = ChartOptions.object();
        series.put("name", name).put("type", "line").put("yAxisIndex", axis).put("symbol", "circle");
        series.put("symbolSize", 8);
        ArrayNode data = series.putArray("data");
        for (ModelSummary v : versions) {
            Double value = metric.apply(ModelMetrics.of(v.metricsJson()));
            if (value != null) {
                ObjectNode point = data.addObject();
                point.putArray("value").add(v.trainedAt().toEpochMilli()).add(value);
                point.put("name", "v" + v.version());
                if (!v.promoted()) {
                    point.putObject("itemStyle").put("color", "#fff").put("borderWidth", 2);
                }
            }
        }
        return series;
    }
}
