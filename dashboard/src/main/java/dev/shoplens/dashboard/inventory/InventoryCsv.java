package dev.shoplens.dashboard.inventory;

import dev.shoplens.dashboard.csv.CsvExport;
import dev.shoplens.store.read.InventoryRow;
import java.util.List;
import java.util.Locale;

/** The stock-out risks and reorder suggestions as CSV, one product a line, in the order shown. Plain numbers. */
final class InventoryCsv {

    static final String[] HEADER = {
        "product_id",
        "category",
        "risk",
        "stock_on_hand",
        "stock_reported_on",
        "days_of_cover",
        "stock_out_date",
        "lead_time_days",
        "service_level",
        "lead_time_demand",
        "safety_stock",
        "reorder_point",
        "order_up_to",
        "suggested_order",
        "demand_per_day",
        "method",
        "wape",
        "bias",
        "naive_wape",
        "forecast_origin",
        "setting_from",
        "setting_changed_by",
        "setting_changed_at"
    };

    private InventoryCsv() {}

    static String of(List<InventoryRow> rows) {
        return CsvExport.text(HEADER, csv -> {
            for (InventoryRow r : rows) {
                var plan = r.plan();
                var setting = r.setting();
                csv.printRecord(
                        r.productId(),
                        r.category(),
                        plan.risk().name().toLowerCase(Locale.ROOT),
                        plan.stockOnHand(),
                        r.stockReportedOn(),
                        round(plan.coverDays()),
                        plan.stockOutDate(),
                        setting.policy().leadTimeDays(),
                        setting.policy().serviceLevel(),
                        round(plan.leadTimeDemand()),
                        round(plan.safetyStock()),
                        plan.reorderPoint(),
                        plan.orderUpTo(),
                        plan.suggestedOrder(),
                        round(r.demandPerDay()),
                        r.method(),
                        round(r.accuracy().wape()),
                        round(r.accuracy().bias()),
                        round(r.accuracy().naiveWape()),
                        r.originDay(),
                        setting.scope() == null ? "default" : setting.scope().wireName(),
                        setting.changedBy(),
                        setting.changedAt());
            }
        });
    }

    private static String round(Double value) {
        return value == null ? null : String.format(Locale.ROOT, "%.3f", value);
    }
}
