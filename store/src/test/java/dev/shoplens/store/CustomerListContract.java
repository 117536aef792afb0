package dev.shoplens.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.shoplens.activity.IngestProgress;
import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.orders.OrderRow;
import dev.shoplens.scores.CustomerScore;
import dev.shoplens.store.read.CustomerFilter;
import dev.shoplens.store.read.CustomerFilter.ChurnRisk;
import dev.shoplens.store.read.CustomerFilter.LastOrder;
import dev.shoplens.store.read.CustomerOrder;
import dev.shoplens.store.read.CustomerRow;
import dev.shoplens.store.read.CustomerSort;
import dev.shoplens.store.read.RfmCell;
import dev.shoplens.store.read.ScoreSummary;
import dev.shoplens.store.read.SegmentProfile;
import dev.shoplens.store.read.ShopReader;
import dev.shoplens.store.write.ResultWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The customer list on any store: filters, sorting, paging and a customer's timeline. Four customers: c1 bought
 * 5 days ago and is safe, c2 45 days ago and cooling, c3 120 days ago and lapsing, x4 never bought and is not
 * scored. "Now" is the newest accepted event, {@link #NOW}.
 */
abstract class CustomerListContract {

    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    abstract StoreSettings store();

    StoreSettings knownCustomers() {
        StoreSettings settings = store();
        try (ResultWriter writer = settings.openWriter()) {
            writer.writeCustomerFeatures(List.of(
                    features("c1", 5, 3, 300.0),
                    features("c2", 45, 2, 80.0),
                    features("c3", 120, 1, 20.0),
                    features("x4", null, 0, 0.0)));
            writer.writeCustomerScores(List.of(
                    score("c1", 0.1, "loyal"), score("c2", 0.45, "cooling"), score("c3", 0.8, "lapsed, one-off")));
            writer.writeOrders(List.of(
                    new OrderRow("e1", "o1", "c1", NOW.minus(Duration.ofDays(20)), "purchase", 2, 200.0),
                    new OrderRow("e2", "o2", "c1", NOW.minus(Duration.ofDays(5)), "purchase", 1, 120.0),
                    new OrderRow("e3", "o2", "c1", NOW.minus(Duration.ofDays(4)), "return", 1, 20.0),
                    new OrderRow("e4", "o3", "c2", NOW.minus(Duration.ofDays(45)), "purchase", 1, 80.0)));
            writer.writeIngestProgress(List.of(new IngestProgress("validate-0", NOW, 10, NOW)));
        }
        return settings;
    }

    @Test
    void listsEveryCustomerWithScoresWhereTheyExist() {
        try (ShopReader reader = knownCustomers().openReader()) {
            List<CustomerRow> all = reader.customers().page(CustomerFilter.ALL, List.of(), 0, 10);
            assertThat(all).extracting(CustomerRow::customerId).containsExactly("c1", "c2", "c3", "x4");
            CustomerRow c1 = all.get(0);
            assertThat(c1.totalOrders()).isEqualTo(3);
            assertThat(c1.totalRevenue()).isEqualTo(300.0);
            assertThat(c1.lastOrderAt()).isEqualTo(NOW.minus(Duration.ofDays(5)));
            assertThat(c1.churnProbability()).isEqualTo(0.1);
            assertThat(c1.segmentName()).isEqualTo("loyal");
            assertThat(all.get(3).churnProbability()).isNull();
            assertThat(all.get(3).segmentName()).isNull();
            assertThat(reader.customers().count(CustomerFilter.ALL)).isEqualTo(4);
            assertThat(reader.customers().segmentNames()).containsExactly("cooling", "lapsed, one-off", "loyal");
        }
    }

    @Test
    void filtersNarrowTheListAndItsCount() {
        try (ShopReader reader = knownCustomers().openReader()) {
            assertThat(ids(reader, new CustomerFilter("C", null, null, null, null)))
                    .containsExactly("c1", "c2", "c3");
            assertThat(ids(reader, new CustomerFilter(null, "lapsed, one-off", null, null, null)))
                    .containsExactly("c3");
            assertThat(ids(reader, new CustomerFilter(null, null, ChurnRisk.MEDIUM, null, null)))
                    .containsExactly("c2");
            assertThat(ids(reader, new CustomerFilter(null, null, null, 80.0, null)))
                    .containsExactly("c1", "c2");
            assertThat(ids(reader, lastOrder(LastOrder.WITHIN_30_DAYS))).containsExactly("c1");
            assertThat(ids(reader, lastOrder(LastOrder.DAYS_30_TO_90))).containsExactly("c2");
            assertThat(ids(reader, lastOrder(LastOrder.OVER_90_DAYS))).containsExactly("c3");
            assertThat(ids(reader, lastOrder(LastOrder.NEVER))).containsExactly("x4");
            assertThat(reader.customers().count(new CustomerFilter("c", null, ChurnRisk.HIGH, null, null)))
                    .isEqualTo(1);
        }
    }

    @Test
    void searchTextIsAValueNotSql() {
        try (ShopReader reader = knownCustomers().openReader()) {
            assertThat(ids(reader, new CustomerFilter("' OR 1=1 --", null, null, null, null)))
                    .isEmpty();
            assertThat(ids(reader, new CustomerFilter(null, "x' OR '1'='1", null, null, null)))
                    .isEmpty();
        }
    }

    @Test
    void sortsAndPagesWithUnscoredCustomersLast() {
        try (ShopReader reader = knownCustomers().openReader()) {
            List<CustomerSort.Order> riskiest = List.of(new CustomerSort.Order(CustomerSort.CHURN_PROBABILITY, true));
            assertThat(page(reader, riskiest, 0, 10, CustomerRow::customerId)).containsExactly("c3", "c2", "c1", "x4");
            assertThat(page(reader, riskiest, 1, 2, CustomerRow::customerId)).containsExactly("c2", "c1");
            List<CustomerSort.Order> leastSpent = List.of(new CustomerSort.Order(CustomerSort.TOTAL_REVENUE, false));
            assertThat(page(reader, leastSpent, 0, 10, CustomerRow::customerId))
                    .containsExactly("x4", "c3", "c2", "c1");
            // A page cut from the features alone, before the scores are joined to its rows.
            assertThat(page(reader, leastSpent, 1, 2, CustomerRow::churnProbability))
                    .containsExactly(0.8, 0.45);
        }
    }

    @Test
    void aCustomerHasScoresAndATimelineNewestFirst() {
        try (ShopReader reader = knownCustomers().openReader()) {
            assertThat(reader.customers().find("c2"))
                    .map(CustomerRow::totalRevenue)
                    .contains(80.0);
            assertThat(reader.customers().find("nobody")).isEmpty();
            assertThat(reader.customers().score("c3"))
                    .map(CustomerScore::churnReasons)
                    .contains("days_since_last_order=120:+0.93;sessions_30d=1:-0.21");
            // Reasons as earlier releases stored them (English sentences) come back as stored, for the reader to
            // phrase.
            assertThat(reader.customers().score("c3"))
                    .map(CustomerScore::purchaseReasons)
                    .contains("no order for 120 days: -0.8");
            List<CustomerOrder> timeline = reader.customers().orders("c1", 10);
            assertThat(timeline).extracting(CustomerOrder::kind).containsExactly("return", "purchase", "purchase");
            assertThat(timeline.get(0).amount()).isEqualTo(20.0);
            assertThat(timeline.get(0).orderId()).isEqualTo("o2");
            assertThat(reader.customers().orders("c1", 1)).hasSize(1);
        }
    }

    @Test
    void scoresSummariseIntoBinsAndExpectations() {
        try (ShopReader reader = knownCustomers().openReader()) {
            ScoreSummary summary = reader.customers().scoreSummary();
            assertThat(summary.scored()).isEqualTo(3);
            assertThat(summary.churnBins()).containsExactly(0, 1, 0, 0, 1, 0, 0, 0, 1, 0);
            assertThat(summary.purchaseBins()).containsExactly(0, 1, 0, 0, 0, 1, 0, 0, 0, 1);
            assertThat(summary.expectedOrders90d()).isEqualTo(3.0);
            assertThat(summary.expectedRevenue90d()).isEqualTo(150.0);
            assertThat(summary.highChurnRisk()).isEqualTo(1);
            assertThat(summary.asOf()).isEqualTo(NOW);
        }
    }

    @Test
    void aCertainChurnCountsInTheLastBin() {
        StoreSettings settings = store();
        try (ResultWriter writer = settings.openWriter()) {
            writer.writeCustomerScores(List.of(score("c1", 1.0, "lapsed"), score("c2", 0.95, "lapsed")));
        }
        try (ShopReader reader = settings.openReader()) {
            ScoreSummary summary = reader.customers().scoreSummary();
            assertThat(summary.churnBins()).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 2);
            assertThat(summary.purchaseBins()).containsExactly(2, 0, 0, 0, 0, 0, 0, 0, 0, 0);
            assertThat(summary.highChurnRisk()).isEqualTo(2);
            assertThat(summary.scored()).isEqualTo(2);
        }
    }

    /**
     * Five buyers a-e, who last ordered 2, 10, 30, 60 and 200 days ago and have 6, 3, 3, 1 and 1 orders (ties: b and
     * c, d and e), and z who never bought; a and b in segment 1, c-e in segment 2, z in segment 3.
     */
    StoreSettings segmentedCustomers() {
        StoreSettings settings = store();
        try (ResultWriter writer = settings.openWriter()) {
            writer.writeCustomerFeatures(List.of(
                    features("a", 2, 6, 600.0),
                    features("b", 10, 3, 150.0),
                    features("c", 30, 3, 90.0),
                    features("d", 60, 1, 20.0),
                    features("e", 200, 1, 40.0),
                    features("z", null, 0, 0.0)));
            writer.writeCustomerScores(List.of(
                    segmented("a", 1, "frequent, high spend"),
                    segmented("b", 1, "frequent, high spend"),
                    segmented("c", 2, "lapsed"),
                    segmented("d", 2, "lapsed"),
                    segmented("e", 2, "lapsed"),
                    segmented("z", 3, "new")));
        }
        return settings;
    }

    @Test
    void segmentProfilesAverageWhatTheSegmentsAreMadeOf() {
        try (ShopReader reader = segmentedCustomers().openReader()) {
            List<SegmentProfile> profiles = reader.cohorts().segmentProfiles();
            assertThat(profiles).extracting(SegmentProfile::segmentId).containsExactly(2, 1, 3);
            SegmentProfile lapsed = profiles.get(0);
            assertThat(lapsed.name()).isEqualTo("lapsed");
            assertThat(lapsed.customers()).isEqualTo(3);
            assertThat(lapsed.meanDaysSinceLastOrder()).isCloseTo((30 + 60 + 200) / 3.0, within(1e-9));
            assertThat(lapsed.meanOrders()).isCloseTo(5 / 3.0, within(1e-9));
            assertThat(lapsed.meanRevenue90d()).isCloseTo(50.0, within(1e-9));
            assertThat(lapsed.totalRevenue()).isCloseTo(150.0, within(1e-9));
            assertThat(profiles.get(1).meanOrderValue()).isCloseTo((100.0 + 50.0) / 2, within(1e-9));
            SegmentProfile neverBought = profiles.get(2);
            assertThat(neverBought.meanDaysSinceLastOrder())
                    .as("the days since the first visit, as the segment model reads them")
                    .isCloseTo(200.0, within(1e-9));
            assertThat(neverBought.meanOrderValue()).isNull();
            assertThat(neverBought.meanCartAbandonment()).isNull();
        }
    }

    @Test
    void theRfmGridScoresBuyersByRankWithTiesTogether() {
        try (ShopReader reader = segmentedCustomers().openReader()) {
            assertThat(reader.cohorts().rfm(5))
                    .containsExactly(
                            new RfmCell(1, 1, 1, 40.0),
                            new RfmCell(2, 1, 1, 20.0),
                            new RfmCell(3, 3, 1, 90.0),
                            new RfmCell(4, 3, 1, 150.0),
                            new RfmCell(5, 5, 1, 600.0));
            assertThat(reader.cohorts().rfm(2))
                    .as("the score count is a parameter")
                    .containsExactly(
                            new RfmCell(1, 1, 3, 150.0), new RfmCell(2, 1, 1, 150.0), new RfmCell(2, 2, 1, 600.0));
        }
    }

    @Test
    void anEmptyStoreHasNoSegmentsAndAnEmptyGrid() {
        StoreSettings settings = store();
        settings.openWriter().close(); // creates the tables
        try (ShopReader reader = settings.openReader()) {
            assertThat(reader.cohorts().segmentProfiles()).isEmpty();
            assertThat(reader.cohorts().rfm(5)).isEmpty();
        }
    }

    static CustomerScore segmented(String id, int segment, String name) {
        return new CustomerScore(id, NOW, 0.5, 2, 0.5, 2, 1.0, 50.0, null, 1, segment, name, 1, null, null, null);
    }

    private static CustomerFilter lastOrder(LastOrder lastOrder) {
        return new CustomerFilter(null, null, null, null, lastOrder);
    }

    private static List<String> ids(ShopReader reader, CustomerFilter filter) {
        return reader.customers().page(filter, List.of(), 0, 100).stream()
                .map(CustomerRow::customerId)
                .toList();
    }

    private static <T> List<T> page(
            ShopReader reader, List<CustomerSort.Order> sort, int offset, int limit, Function<CustomerRow, T> field) {
        return reader.customers().page(CustomerFilter.ALL, sort, offset, limit).stream()
                .map(field)
                .toList();
    }

    static CustomerFeatures features(String id, Integer daysSinceOrder, int orders, double revenue) {
        Instant lastOrder = daysSinceOrder == null ? null : NOW.minus(Duration.ofDays(daysSinceOrder));
        return new CustomerFeatures(
                id,
                NOW,
                NOW.minus(Duration.ofDays(200)),
                lastOrder,
                daysSinceOrder == null ? null : daysSinceOrder.doubleValue(),
                0,
                0,
                orders,
                0.0,
                0.0,
                revenue,
                orders,
                revenue,
                orders == 0 ? null : revenue / orders,
                1,
                0,
                0,
                null,
                1,
                200.0,
                null,
                0.0,
                1);
    }

    static CustomerScore score(String id, double churn, String segment) {
        return new CustomerScore(
                id,
                NOW,
                churn,
                2,
                1 - churn,
                2,
                1.0,
                50.0,
                null,
                1,
                segment.hashCode() & 7,
                segment,
                1,
                // As the feature job stores reasons now: fact code, figure, contribution, without words.
                "days_since_last_order=120:+0.93;sessions_30d=1:-0.21",
                "no order for 120 days: -0.8",
                null);
    }
}
