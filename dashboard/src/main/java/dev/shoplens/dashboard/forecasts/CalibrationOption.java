package dev.shoplens.dashboard.forecasts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shoplens.dashboard.chart.ChartOptions;
import java.util.List;

/**
 * Calibration charts: predicted against observed by decile for one version (a well calibrated version's bars reach
 * its line), and the mean predicted against the observed rate version by version over time, with the Brier
 * score beside them. Probabilities are drawn as percentages.
 */
final class CalibrationOption {

    /** The words the charts show, in the page's language. */
    record Labels(String predicted, String observed, String decile, String brier, String empty) {}

    private CalibrationOption() {}

    static String deciles(Calibration version, Labels labels) {
        ObjectNode option = ChartOptions.object();
        ChartOptions.note(option, version == null, labels.empty());
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("legend").put("top", 0);
        option.putObject("grid").put("left", 56).put("right", 24).put("top", 40).put("bottom", 48);
        ArrayNode axis = option.putObject("xAxis")
                .put("type", "category")
                .put("name", labels.decile())
                .put("nameLocation", "middle")
                .put("nameGap", 28)
                .putArray("data");
        option.putObject("yAxis")
                .put("type", "value")
                .put("min", 0)
                .put("max", 100)
                .put("name", "%");
        ArrayNode series = option.putArray("series");
        ArrayNode predicted = series.addObject()
                .put("name", labels.predicted())
                .put("type", "line")
                .putArray("data");
        ArrayNode observed = series.addObject()
                .put("name", labels.observed())
                .put("type", "bar")
                .putArray("data");
        List<Calibration.Decile> deciles = version == null ? List.of() : version.deciles();
        for (Calibration.Decile d : deciles) {
            axis.add(String.valueOf(d.decile()));
            predicted.add(percent(d.meanPredicted()));
            observed.add(percent(d.observedRate()));
        }
        return option.toString();
    }

    static String overTime(List<Calibration> versions, Labels labels) {
        ObjectNode option = ChartOptions.timeChart(versions.isEmpty(), labels.empty());
        option.putObject("tooltip").put("trigger", "axis");
        ArrayNode axes = option.putArray("yAxis");
        axes.addObject().put("type", "value").put("min", 0).put("name", "%");
        axes.addObject()
                .put("type", "value")
                .put("min", 0)
                .put("name", labels.brier())
                .put("position", "right");
        ArrayNode series = option.putArray("series");
        ArrayNode predicted = timeLine(series, labels.predicted(), 0);
        ArrayNode observed = timeLine(series, labels.observed(), 0);
        ArrayNode brier = timeLine(series, labels.brier(), 1);
        for (Calibration v : versions) {
            long at = v.trainedAt().toEpochMilli();
            predicted.addArray().add(at).add(percent(v.meanPredicted()));
            observed.addArray().add(at).add(percent(v.observedRate()));
            if (v.brier() != null) {
                brier.addArray().add(at).add(Math.round(v.brier() * 10_000) / 10_000.0);
            }
        }
        return option.toString();
    }

    private static ArrayNode timeLine(ArrayNode series, String name, int axis) {
        return series.addObject()
                .put("name", name)
                .put("type", "line")
                .put("yAxisIndex", axis)
                .putArray("data");
    }

    private static double percent(double probability) {
        return Math.round(probability * 1000) / 10.0;
    }
}
