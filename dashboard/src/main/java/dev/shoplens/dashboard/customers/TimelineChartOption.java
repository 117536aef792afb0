package dev.shoplens.dashboard.customers;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shoplens.dashboard.chart.ChartOptions;
import dev.shoplens.dashboard.i18n.Texts;
import dev.shoplens.store.read.CustomerOrder;
import java.util.List;

/** A customer's purchases (up) and returns (down) over time, as an ECharts option. */
final class TimelineChartOption {

    static final String NO_ORDERS = "customers.chart.noOrders";

    private TimelineChartOption() {}

    static String of(List<CustomerOrder> orders) {
        ObjectNode option = ChartOptions.timeChart(orders.isEmpty(), Texts.of(NO_ORDERS));
        option.putObject("tooltip").put("trigger", "item");
        option.putObject("yAxis").put("type", "value").put("name", Texts.of("customers.chart.amount"));
        ArrayNode series = option.putArray("series");
        series.add(series(Texts.of("customers.chart.purchases"), "purchase", orders, 1));
        series.add(series(Texts.of("customers.chart.returns"), "return", orders, -1));
        return option.toString();
    }

    private static ObjectNode series(String name, String kind, List<CustomerOrder> orders, int sign) {
        ObjectNode series = ChartOptions.object();
        series.put("name", name).put("type", "bar").put("barMaxWidth", 8);
        ArrayNode data = series.putArray("data");
        for (CustomerOrder order : orders) {
            if (order.kind().equals(kind)) {
                data.addArray().add(order.time().toEpochMilli()).add(sign * order.amount());
            }
        }
        return series;
    }
}
