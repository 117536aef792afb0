package dev.shoplens.dashboard.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shoplens.forecast.SeriesLevel;
import dev.shoplens.store.read.DemandChart;
import dev.shoplens.store.read.ShopReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemandChartOptionTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static DemandChart p1() {
        try (ShopReader reader = InventoryShop.create().openReader()) {
            return reader.inventory().chart(SeriesLevel.PRODUCT, "p1", 14).orElseThrow();
        }
    }

    @Test
    void drawsHistoryForecastBandStockAndReorderPoint() throws Exception {
        JsonNode option = JSON.readTree(DemandChartOption.of(p1()));

        List<String> names = new ArrayList<>();
        option.get("series").forEach(s -> names.add(s.get("name").asText()));
        assertThat(names).containsExactly("Demand", "Forecast", "P10", "P10–P90", "Stock on hand");
        JsonNode demand = option.get("series").get(0).get("data");
        assertThat(demand).hasSize(14);
        assertThat(demand.get(13).get(1).asDouble()).isEqualTo(2.0);
        JsonNode forecast = option.get("series").get(1).get("data");
        assertThat(forecast).hasSize(28);
        assertThat(forecast.get(0).get(0).asLong())
                .as("the first forecast day is the day after the origin")
                .isEqualTo(InventoryShop.ORIGIN.plusDays(1).toEpochDay() * 86_400_000L);
        JsonNode p10 = option.get("series").get(2).get("data").get(0).get(1);
        JsonNode width = option.get("series").get(3).get("data").get(0).get(1);
        assertThat(p10.asDouble()).isLessThan(2);
        assertThat(p10.asDouble() + width.asDouble()).as("P90").isGreaterThan(2);
        JsonNode stock = option.get("series").get(4);
        assertThat(stock.get("yAxisIndex").asInt()).isEqualTo(1);
        assertThat(stock.get("markLine").get("data").get(0).get("yAxis").asInt())
                .isEqualTo(21);
        // 14 reported days, then 10 units run down by 2 a day: gone after 5 days, and stays at zero.
        JsonNode stockData = stock.get("data");
        assertThat(stockData.get(13).get(1).asDouble()).isEqualTo(10.0);
        assertThat(stockData.get(14).get(1).asDouble()).isEqualTo(8.0);
        assertThat(stockData.get(18).get(1).asDouble()).isEqualTo(0.0);
        assertThat(stockData.get(41).get(1).asDouble()).isEqualTo(0.0);
        assertThat(option.get("title").get("show").asBoolean()).isFalse();
    }

    @Test
    void waitsWithATitleAndNoSeries() throws Exception {
        JsonNode option = JSON.readTree(DemandChartOption.waiting());

        assertThat(option.get("title").get("text").asText())
                .isEqualTo("No forecast yet: forecasts start once the first day has closed");
        assertThat(option.get("series")).isEmpty();
    }
}
