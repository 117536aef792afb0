package dev.shoplens.dashboard.forecasts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shoplens.dashboard.chart.ChartOptions;
import dev.shoplens.dashboard.i18n.Texts;
import dev.shoplens.store.read.ScoreSummary;

/** How the churn and purchase probabilities spread over the customers, as side-by-side bars per 10 points. */
final class DistributionOption {

    private DistributionOption() {}

    static String of(ScoreSummary summary) {
        ObjectNode option = ChartOptions.object();
        ChartOptions.note(option, summary.scored() == 0, Texts.of("forecasts.noneScored"));
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("legend").put("top", 0);
        option.putObject("grid").put("left", 56).put("right", 24).put("top", 40).put("bottom", 48);
        ArrayNode bins = option.putObject("xAxis")
                .put("type", "category")
                .put("name", Texts.of("forecasts.probability"))
                .put("nameLocation", "middle")
                .put("nameGap", 28)
                .putArray("data");
        for (int b = 0; b < ScoreSummary.BINS; b++) {
            bins.add((b * 10) + "–" + (b * 10 + 10) + "%");
        }
        option.putObject("yAxis")
                .put("type", "value")
                .put("name", Texts.of("forecasts.customers"))
                .put("minInterval", 1);
        ArrayNode series = option.putArray("series");
        series.add(bars(CalibrationPanel.Kind.CHURN.label(), summary.churnBins()));
        series.add(bars(CalibrationPanel.Kind.PURCHASE.label(), summary.purchaseBins()));
        return option.toString();
    }

    private static ObjectNode bars(String name, long[] counts) {
        ObjectNode series = ChartOptions.object();
        series.put("name", name).put("type", "bar");
        ArrayNode data = series.putArray("data");
        for (long count : counts) {
            data.add(count);
        }
        return series;
    }
}
