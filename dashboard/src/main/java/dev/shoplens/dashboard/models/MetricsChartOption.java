package dev.shoplens.dashboard.models;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shoplens.dashboard.chart.ChartOptions;
import dev.shoplens.dashboard.i18n.Texts;
import dev.shoplens.store.read.ModelSummary;
import java.util.List;
import java.util.function.Function;

/**
 * Each version's measured quality over time (the event time it was trained at), as an ECharts option: AUC (left
 * axis) and log loss (right axis) for churn and purchase, orders and revenue error for value. Versions that were
 * not promoted are drawn as hollow points, so a rejected candidate stands out.
 */
final class MetricsChartOption {

    static final String NO_METRICS = "models.chart.noMetrics";

    private MetricsChartOption() {}

    static String of(String kind, List<ModelSummary> versions) {
        boolean classifier = !kind.equals("value");
        List<ModelSummary> measured = versions.stream()
                .filter(v -> ModelMetrics.of(v.metricsJson()) != ModelMetrics.NONE)
                .toList();
        ObjectNode option = ChartOptions.timeChart(measured.isEmpty(), Texts.of(NO_METRICS));
        option.putObject("tooltip").put("trigger", "axis");
        ArrayNode axes = option.putArray("yAxis");
        ArrayNode series = option.putArray("series");
        if (classifier) {
            axis(axes, "models.chart.auc");
            axis(axes, "models.chart.logLossAxis");
            series.add(series(Texts.of("models.chart.auc"), 0, measured, ModelMetrics::auc));
            series.add(series(Texts.of("models.logLoss"), 1, measured, ModelMetrics::logLoss));
        } else {
            axis(axes, "models.chart.ordersErrorAxis");
            axis(axes, "models.chart.revenueErrorAxis");
            series.add(series(Texts.of("models.chart.ordersError"), 0, measured, ModelMetrics::ordersMae));
            series.add(series(Texts.of("models.chart.revenueError"), 1, measured, ModelMetrics::revenueMae));
        }
        return option.toString();
    }

    /** A value axis named in the user's language, scaled to its data rather than from zero. */
    private static void axis(ArrayNode axes, String key) {
        axes.addObject().put("type", "value").put("name", Texts.of(key)).put("scale", true);
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
