package dev.shoplens.dashboard.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.store.read.InventoryFilter;
import dev.shoplens.store.read.ShopReader;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class InventoryCsvTest {

    @Test
    void oneLinePerProductMostUrgentFirstWithPlainNumbers() throws Exception {
        String csv;
        try (ShopReader reader = InventoryShop.create().openReader()) {
            csv = InventoryCsv.of(reader.inventory().plans(InventoryFilter.ALL));
        }

        List<CSVRecord> records = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(csv))
                .getRecords();
        assertThat(records).extracting(r -> r.get("product_id")).containsExactly("p1", "p2", "p3");
        CSVRecord p1 = records.get(0);
        assertThat(p1.get("risk")).isEqualTo("stock_out_before_delivery");
        assertThat(p1.get("stock_on_hand")).isEqualTo("10");
        assertThat(p1.get("days_of_cover")).isEqualTo("5.000");
        assertThat(p1.get("stock_out_date")).isEqualTo("2026-03-07");
        assertThat(p1.get("reorder_point")).isEqualTo("21");
        assertThat(p1.get("suggested_order")).isEqualTo("28");
        assertThat(p1.get("lead_time_days")).isEqualTo("7");
        assertThat(p1.get("service_level")).isEqualTo("0.95");
        assertThat(p1.get("setting_from")).isEqualTo("default");
        assertThat(p1.get("wape")).isEqualTo("0.380");
        assertThat(records.get(2).get("stock_on_hand")).as("no stock data").isEmpty();
    }
}
