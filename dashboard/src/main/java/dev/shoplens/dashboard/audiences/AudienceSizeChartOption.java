package dev.shoplens.dashboard.audiences;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shoplens.dashboard.chart.ChartOptions;
import dev.shoplens.dashboard.i18n.Texts;
import dev.shoplens.store.audiences.AudienceBook;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * An audience's members and their expected revenue over time (at the end of each day a customer came or went), as
 * an ECharts option: steps, since the audience keeps its size until the next change.
 */
final class AudienceSizeChartOption {

    private AudienceSizeChartOption() {}

    static String of(List<AudienceBook.DaySize> sizes) {
        ObjectNode option = ChartOptions.timeChart(sizes.isEmpty(), Texts.of("audiences.chart.noChanges"));
        option.putObject("tooltip").put("trigger", "axis");
        ArrayNode axes = option.putArray("yAxis");
        axes.addObject()
                .put("type", "value")
                .put("name", Texts.of("audiences.chart.members"))
                .put("minInterval", 1);
        // The revenue axis goes unnamed: its name would not fit the right margin, and the legend names the line.
        axes.addObject().put("type", "value").putObject("splitLine").put("show", false);
        ArrayNode series = option.putArray("series");
        series.add(series(Texts.of("audiences.chart.members"), 0, sizes, AudienceBook.DaySize::customers));
        series.add(series(Texts.of("audiences.chart.revenue"), 1, sizes, AudienceBook.DaySize::expectedRevenue90d));
        return option.toString();
    }

    private static ObjectNode series(
            String name, int axis, List<AudienceBook.DaySize> sizes, ToDoubleFunction<AudienceBook.DaySize> value) {
        ObjectNode series = ChartOptions.object();
        series.put("name", name).put("type", "line").put("step", "end").put("yAxisIndex", axis);
        ArrayNode data = series.putArray("data");
        for (AudienceBook.DaySize size : sizes) {
            long day = size.day().atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
            data.addArray().add(day).add(value.applyAsDouble(size));
        }
        return series;
    }
}
