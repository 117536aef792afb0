package dev.shoplens.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dev.shoplens.features.ProductDay;
import dev.shoplens.forecast.DemandForecast;
import dev.shoplens.forecast.DemandPath;
import dev.shoplens.forecast.ForecastAccuracy;
import dev.shoplens.forecast.SeriesLevel;
import dev.shoplens.inventory.PolicyScope;
import dev.shoplens.inventory.StockRisk;
import dev.shoplens.orders.OrderLineRow;
import dev.shoplens.store.read.BoughtWith;
import dev.shoplens.store.read.DemandChart;
import dev.shoplens.store.read.InventoryFilter;
import dev.shoplens.store.read.InventoryPlanning;
import dev.shoplens.store.read.InventoryRow;
import dev.shoplens.store.read.ShopReader;
import dev.shoplens.store.write.ResultWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Plans read back from stored forecasts and stock, against the reorder arithmetic worked out by hand, whatever
 * database is behind the store. Subclasses supply a fresh, empty store per test.
 */
abstract class InventoryPlanningContract {

    static final LocalDate ORIGIN = LocalDate.of(2026, 3, 1);
    static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    StoreSettings store;

    /** A fresh, empty store. */
    abstract StoreSettings newStore();

    /** A plain connection to the store, to look at its tables. */
    abstract Connection connect() throws java.sql.SQLException;

    static DemandForecast flat(SeriesLevel level, String id, String category, double mean, double variance) {
        return new DemandForecast(
                level,
                id,
                category,
                ORIGIN,
                "tsb",
                DemandPath.constant(28, mean, variance),
                new ForecastAccuracy(0.4, -0.05, 0.6, 30),
                NOW);
    }

    static ProductDay day(String product, String category, LocalDate day, int sold, Integer stock) {
        return new ProductDay(product, day, category, sold, 0, sold * 2.0, 0, 0, stock, NOW);
    }

    @BeforeEach
    void writeShop() {
        store = newStore();
        try (ResultWriter writer = store.openWriter()) {
            writer.writeForecasts(List.of(
                    flat(SeriesLevel.PRODUCT, "p1", "toys", 2, 2),
                    flat(SeriesLevel.PRODUCT, "p2", "toys", 3, 0),
                    flat(SeriesLevel.PRODUCT, "p3", "books", 1, 1),
                    flat(SeriesLevel.CATEGORY, "toys", "toys", 5, 2),
                    flat(SeriesLevel.CATEGORY, "books", "books", 1, 1),
                    flat(SeriesLevel.SHOP, "shop", null, 6, 3)));
            writer.writeProductDays(List.of(
                    day("p1", "toys", ORIGIN.minusDays(1), 4, 30),
                    day("p1", "toys", ORIGIN, 2, 10),
                    day("p2", "toys", ORIGIN, 3, 200),
                    day("p3", "books", ORIGIN, 1, null)));
        }
    }

    InventoryPlanning planning() {
        return store.openReader().inventory();
    }

    @Test
    void plansFollowTheForecastAndTheStockMostUrgentFirst() {
        List<InventoryRow> plans = planning().plans(InventoryFilter.ALL);

        assertThat(plans).extracting(InventoryRow::productId).containsExactly("p1", "p2", "p3");
        InventoryRow p1 = plans.get(0);
        // 2 a day, variance 2, default policy (7 days, 95%, review 7): see ReorderPlanTest.
        assertThat(p1.plan().stockOnHand()).as("the newest report").isEqualTo(10);
        assertThat(p1.stockReportedOn()).isEqualTo(ORIGIN);
        assertThat(p1.plan().reorderPoint()).isEqualTo(21);
        assertThat(p1.plan().suggestedOrder()).isEqualTo(28);
        assertThat(p1.plan().coverDays()).isCloseTo(5.0, within(1e-9));
        assertThat(p1.plan().stockOutDate()).isEqualTo(LocalDate.of(2026, 3, 7));
        assertThat(p1.plan().risk()).isEqualTo(StockRisk.STOCK_OUT_BEFORE_DELIVERY);
        assertThat(p1.demandPerDay()).isCloseTo(2, within(1e-9));
        assertThat(p1.accuracy().relativeToNaive()).isCloseTo(0.4 / 0.6, within(1e-9));
        assertThat(p1.setting().scope()).as("the shop's default").isNull();
        assertThat(plans.get(1).plan().risk()).isEqualTo(StockRisk.OK);
        assertThat(plans.get(2).plan().risk()).isEqualTo(StockRisk.NO_STOCK_DATA);
    }

    static OrderLineRow line(String order, int line, String product, Instant time, String kind) {
        return new OrderLineRow("e-" + order, order, line, product, time, kind, 1, 5.0);
    }

    @Test
    void boughtWithCountsOrdersOfTheWindowThatHadBothOnceEachReturnsApart() {
        Instant old = NOW.minus(Duration.ofDays(200));
        try (ResultWriter writer = store.openWriter()) {
            writer.writeOrderLines(List.of(
                    line("o1", 0, "p1", NOW.minus(Duration.ofDays(3)), "purchase"),
                    line("o1", 1, "p2", NOW.minus(Duration.ofDays(3)), "purchase"),
                    line("o1", 2, "p3", NOW.minus(Duration.ofDays(3)), "purchase"),
                    line("o2", 0, "p1", NOW.minus(Duration.ofDays(2)), "purchase"),
                    line("o2", 1, "p2", NOW.minus(Duration.ofDays(2)), "purchase"),
                    line("o3", 0, "p2", NOW.minus(Duration.ofDays(1)), "purchase"),
                    line("o3", 1, "p4", NOW.minus(Duration.ofDays(1)), "purchase"),
                    // p1 on two lines of one order: one order with p1
                    line("o4", 0, "p1", NOW, "purchase"),
                    line("o4", 1, "p1", NOW, "purchase"),
                    line("o4", 2, "p3", NOW, "purchase"),
                    // older than 90 days before the newest purchase
                    line("o5", 0, "p1", old, "purchase"),
                    line("o5", 1, "p4", old, "purchase"),
                    // a return is not bought together
                    line("r1", 0, "p1", NOW, "return"),
                    line("r1", 1, "p5", NOW, "return")));
        }

        // Orders of the 90 days: o1 {p1 p2 p3}, o2 {p1 p2}, o3 {p2 p4}, o4 {p1 p3}; three have p1. p2 and p3 are each
        // in two of them; p3 is in 2 of all 4 orders and p2 in 3, so p3 goes with p1 more than p2's popularity says.
        List<BoughtWith> withP1 = planning().boughtWith("p1", 90, 10);
        assertThat(withP1).containsExactly(new BoughtWith("p3", 2, 3, 2, 4), new BoughtWith("p2", 2, 3, 3, 4));
        assertThat(withP1.get(0).share()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(withP1.get(0).lift()).isCloseTo((2.0 / 3) / (2.0 / 4), within(1e-9));
        assertThat(withP1.get(1).lift()).isCloseTo((2.0 / 3) / (3.0 / 4), within(1e-9));

        assertThat(planning().boughtWith("p1", 365, 1))
                .as("a year reaches o5; the limit keeps the first")
                .containsExactly(new BoughtWith("p3", 2, 4, 2, 5));
        assertThat(planning().boughtWith("p1", 365, 10))
                .extracting(BoughtWith::productId)
                .containsExactly("p3", "p2", "p4");
        assertThat(planning().boughtWith("p5", 90, 10)).as("only ever returned").isEmpty();
        assertThat(planning().boughtWith("nobody's", 90, 10)).isEmpty();
        assertThatThrownBy(() -> planning().boughtWith("p1", 0, 10)).hasMessageContaining("at least 1");
    }

    @Test
    void aReaderPlansFromTheForecastsWrittenSinceItsLastRead() {
        try (ShopReader reader = store.openReader()) {
            assertThat(reader.inventory().plans(InventoryFilter.ALL))
                    .extracting(InventoryRow::productId, InventoryRow::demandPerDay)
                    .containsExactly(tuple("p1", 2.0), tuple("p2", 3.0), tuple("p3", 1.0));
            try (ResultWriter writer = store.openWriter()) {
                writer.writeForecasts(List.of(flat(SeriesLevel.PRODUCT, "p2", "toys", 30, 0)));
            }
            assertThat(reader.inventory().plans(InventoryFilter.ALL))
                    .as("p2's new forecast, the same number of products")
                    .extracting(InventoryRow::productId, InventoryRow::demandPerDay)
                    .containsExactlyInAnyOrder(tuple("p1", 2.0), tuple("p2", 30.0), tuple("p3", 1.0));
            try (ResultWriter writer = store.openWriter()) {
                writer.writeForecasts(List.of(flat(SeriesLevel.PRODUCT, "p4", "books", 1, 1)));
            }
            assertThat(reader.inventory().plans(InventoryFilter.ALL))
                    .extracting(InventoryRow::productId)
                    .containsExactlyInAnyOrder("p1", "p2", "p3", "p4");
            try (ResultWriter writer = store.openWriter()) {
                writer.writeProductDays(List.of(day("p1", "toys", ORIGIN, 2, 90)));
            }
            assertThat(reader.inventory().plans(InventoryFilter.ALL))
                    .as("p1's new stock report")
                    .filteredOn(row -> row.productId().equals("p1"))
                    .extracting(
                            row -> row.plan().stockOnHand(), row -> row.plan().risk())
                    .containsExactly(tuple(90, StockRisk.OK));
        }
    }

    @Test
    void filtersByCategoryAndRisk() {
        assertThat(planning().plans(new InventoryFilter("books", Set.of())))
                .extracting(InventoryRow::productId)
                .containsExactly("p3");
        assertThat(planning()
                        .plans(new InventoryFilter(
                                null,
                                Set.of(
                                        StockRisk.OUT_OF_STOCK,
                                        StockRisk.STOCK_OUT_BEFORE_DELIVERY,
                                        StockRisk.REORDER_NOW))))
                .extracting(InventoryRow::productId)
                .containsExactly("p1");
        assertThat(planning().categories()).containsExactly("books", "toys");
    }

    @Test
    void aProductsOwnSettingBeatsItsCategorysWhichBeatsTheDefault() throws Exception {
        InventoryPlanning planning = planning();
        planning.savePolicy(PolicyScope.PRODUCT, "p1", 3, 0.5, "mia", NOW);
        planning.savePolicy(PolicyScope.CATEGORY, "toys", 14, 0.95, "sam", NOW.plusSeconds(60));

        List<InventoryRow> plans = planning().plans(new InventoryFilter("toys", Set.of()));
        InventoryRow p1 = plans.stream()
                .filter(r -> r.productId().equals("p1"))
                .findFirst()
                .orElseThrow();
        InventoryRow p2 = plans.stream()
                .filter(r -> r.productId().equals("p2"))
                .findFirst()
                .orElseThrow();
        // p1: 3 days of 2, variance 2 a day: Gamma(6, 1), median chi2(0.5; 12) / 2 = 5.67 -> 6; 10 on hand is plenty.
        assertThat(p1.plan().reorderPoint()).isEqualTo(6);
        assertThat(p1.plan().risk()).isEqualTo(StockRisk.OK);
        assertThat(p1.setting().scope()).isEqualTo(PolicyScope.PRODUCT);
        assertThat(p1.setting().changedBy()).isEqualTo("mia");
        assertThat(p1.setting().changedAt()).isEqualTo(NOW);
        // p2 follows toys: 14 days of exactly 3.
        assertThat(p2.plan().reorderPoint()).isEqualTo(42);
        assertThat(p2.setting().scope()).isEqualTo(PolicyScope.CATEGORY);
        assertThat(p2.setting().changedBy()).isEqualTo("sam");
        try (Connection c = connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM inventory_settings_changes")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(2);
        }
    }

    @Test
    void refusesSettingsNoPolicyCanHave() {
        assertThatThrownBy(() -> planning().savePolicy(PolicyScope.PRODUCT, "p1", 25, 0.95, "mia", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> planning().savePolicy(PolicyScope.PRODUCT, "p1", 5, 1.2, "mia", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void chartsAProductAndACategoryWithStockAndReorderPoint() {
        DemandChart p1 = planning().chart(SeriesLevel.PRODUCT, "p1", 3).orElseThrow();

        assertThat(p1.history())
                .extracting(
                        DemandChart.HistoryDay::day, DemandChart.HistoryDay::units, DemandChart.HistoryDay::stockOnHand)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ORIGIN.minusDays(2), 0.0, null),
                        org.assertj.core.groups.Tuple.tuple(ORIGIN.minusDays(1), 4.0, 30),
                        org.assertj.core.groups.Tuple.tuple(ORIGIN, 2.0, 10));
        assertThat(p1.forecast()).hasSize(28);
        assertThat(p1.forecast().get(0).day()).isEqualTo(ORIGIN.plusDays(1));
        assertThat(p1.forecast().get(0).p10()).isLessThan(2).isPositive();
        assertThat(p1.forecast().get(0).p90()).isGreaterThan(2);
        assertThat(p1.stockOnHand()).isEqualTo(10);
        assertThat(p1.reorderPoint()).isEqualTo(21);

        DemandChart toys = planning().chart(SeriesLevel.CATEGORY, "toys", 7).orElseThrow();
        assertThat(toys.history()).hasSize(7);
        assertThat(toys.history().get(6).units()).isEqualTo(5.0);
        assertThat(toys.stockOnHand()).isEqualTo(210);
        assertThat(toys.reorderPoint()).isEqualTo(42);
        assertThat(planning().chart(SeriesLevel.PRODUCT, "nope", 3)).isEmpty();
    }
}
