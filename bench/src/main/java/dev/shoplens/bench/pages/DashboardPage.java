package dev.shoplens.bench.pages;

import dev.shoplens.bench.data.SyntheticStore;
import dev.shoplens.forecast.SeriesLevel;
import dev.shoplens.inventory.StockRisk;
import dev.shoplens.store.read.CustomerFilter;
import dev.shoplens.store.read.CustomerSort;
import dev.shoplens.store.read.InventoryFilter;
import dev.shoplens.store.read.InventoryPlanning;
import dev.shoplens.store.read.ShopReader;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * One dashboard page and the store reads its view makes when it opens (or refreshes), in the view's sizes: the grids'
 * first page of fifty rows, twelve months of cohorts, sixty retrain runs, a customer's newest 500 orders, fifty-six
 * days of a product's demand chart. The bench does not depend on the dashboard: the sizes are repeated here.
 */
record DashboardPage(String name, Consumer<ShopReader> read) {

    static final int GRID_PAGE = 50;
    static final int CHART_MINUTES = 60;
    static final int COHORT_MONTHS = 12;
    static final int TIMELINE_ORDERS = 500;
    static final int RETRAIN_RUNS = 60;
    static final int DEMAND_HISTORY_DAYS = 56;

    static final CustomerFilter AT_RISK = new CustomerFilter(null, null, CustomerFilter.ChurnRisk.HIGH, null, null);
    /** The Overview's products about to run out: what the Inventory page calls "At risk". */
    static final InventoryFilter STOCK_AT_RISK = new InventoryFilter(
            null, Arrays.stream(StockRisk.values()).filter(StockRisk::atRisk).collect(Collectors.toSet()));

    static final List<CustomerSort.Order> MOST_SPENT_FIRST =
            List.of(new CustomerSort.Order(CustomerSort.TOTAL_REVENUE, true));

    /** Every page, with {@code now} as the wall clock and {@code customerId} the customer whose page opens. */
    static List<DashboardPage> all(Instant now, String customerId) {
        return List.of(
                new DashboardPage("overview", r -> {
                    r.overview(CHART_MINUTES, now);
                    r.pulse();
                    r.inventory().plans(STOCK_AT_RISK);
                }),
                new DashboardPage("customers", r -> {
                    r.freshness(now);
                    r.customers().segmentNames();
                    r.customers().count(CustomerFilter.ALL);
                    r.customers().page(CustomerFilter.ALL, List.of(), 0, GRID_PAGE);
                }),
                new DashboardPage("customer", r -> {
                    r.customers().find(customerId);
                    r.customers().score(customerId);
                    r.customers().orders(customerId, TIMELINE_ORDERS);
                }),
                new DashboardPage("cohorts", r -> {
                    r.freshness(now);
                    r.cohorts()
                            .months(YearMonth.from(now.atZone(ZoneOffset.UTC)).minusMonths(COHORT_MONTHS - 1L));
                }),
                new DashboardPage("forecasts", r -> {
                    r.customers().scoreSummary();
                    r.customers().count(AT_RISK);
                    r.customers().page(AT_RISK, MOST_SPENT_FIRST, 0, GRID_PAGE);
                }),
                new DashboardPage("inventory", r -> inventory(r.inventory())),
                new DashboardPage("models", r -> {
                    r.freshness(now);
                    r.models().versions("churn");
                    r.models().model("churn", SyntheticStore.MODEL_VERSIONS);
                    r.models().championChallenger("churn");
                    r.models().retrainRuns("churn_lstm", RETRAIN_RUNS);
                }),
                new DashboardPage("operations", r -> {
                    r.overview(CHART_MINUTES, now);
                    r.ingest().sources();
                    r.ingest().rejectedByReason();
                    r.ingest().countRejected(null);
                    r.ingest().rejected(null, 0, GRID_PAGE);
                }),
                new DashboardPage("status", r -> {
                    r.status();
                    r.freshness(now);
                }));
    }

    private static void inventory(InventoryPlanning planning) {
        planning.categories();
        planning.plans(InventoryFilter.ALL);
        planning.chart(SeriesLevel.PRODUCT, SyntheticStore.product(0), DEMAND_HISTORY_DAYS);
    }
}
