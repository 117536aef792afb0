package dev.shoplens.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.event.EventType;
import dev.shoplens.event.OrderLine;
import dev.shoplens.event.ShopEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Business rules and ground truth over 180 days of a 500-customer shop. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SimulatedShopHistoryTest {

    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant END = START.plus(Duration.ofDays(180));

    private SimulatedShop shop;
    private final List<ShopEvent> events = new ArrayList<>();

    @BeforeAll
    void simulate() {
        shop = new SimulatedShop(new ShopConfig(2024, 500, 60, START));
        for (ShopEvent e = shop.next(); e.time().isBefore(END); e = shop.next()) {
            events.add(e);
        }
    }

    private List<ShopEvent> ofType(EventType type) {
        return events.stream().filter(e -> e.type() == type).toList();
    }

    @Test
    void containsEveryKindOfActivity() {
        assertThat(ofType(EventType.PURCHASE)).hasSizeGreaterThan(500);
        assertThat(ofType(EventType.RETURN)).hasSizeGreaterThan(50);
        assertThat(ofType(EventType.CART_REMOVE)).isNotEmpty();
        assertThat(ofType(EventType.VIEW)).filteredOn(ShopEvent::isGuest).hasSizeGreaterThan(1000);
        // One report per product per day at least, plus deliveries.
        assertThat(ofType(EventType.STOCK)).hasSizeGreaterThan(60 * 180);
        assertThat(abandonedCartSessions()).hasSizeGreaterThan(100);
    }

    private Set<String> abandonedCartSessions() {
        Set<String> withCart = new HashSet<>();
        Set<String> bought = new HashSet<>();
        for (ShopEvent e : events) {
            if (e.type() == EventType.CART_ADD) {
                withCart.add(e.sessionId());
            } else if (e.type() == EventType.PURCHASE) {
                bought.add(e.sessionId());
            }
        }
        withCart.removeAll(bought);
        return withCart;
    }

    @Test
    void purchasesHaveLinesWithPositiveQuantitiesAndPrices() {
        for (ShopEvent purchase : ofType(EventType.PURCHASE)) {
            assertThat(purchase.customerId()).isNotNull();
            assertThat(purchase.sessionId()).isNotNull();
            assertThat(purchase.lines()).as(purchase.toString()).isNotEmpty();
            assertThat(purchase.lines()).allSatisfy(line -> {
                assertThat(line.quantity()).isPositive();
                assertThat(line.unitPrice()).isPositive();
            });
            assertThat(purchase.lines())
                    .extracting(OrderLine::productId)
                    .as("one line per product")
                    .doesNotHaveDuplicates();
        }
    }

    @Test
    void purchasesArePricedAsViewedAndFollowACartAdd() {
        Map<String, Double> priceOf = new HashMap<>();
        Map<String, Set<String>> addedInSession = new HashMap<>();
        for (ShopEvent e : events) {
            if (e.type() == EventType.VIEW || e.type() == EventType.CART_ADD) {
                priceOf.put(e.productId(), e.price());
            }
            if (e.type() == EventType.CART_ADD) {
                addedInSession
                        .computeIfAbsent(e.sessionId(), s -> new HashSet<>())
                        .add(e.productId());
            }
            if (e.type() == EventType.PURCHASE) {
                for (OrderLine line : e.lines()) {
                    assertThat(line.unitPrice()).isEqualTo(priceOf.get(line.productId()));
                    assertThat(addedInSession.get(e.sessionId())).contains(line.productId());
                }
            }
        }
    }

    @Test
    void returnsReferToAnEarlierPurchaseAndNeverExceedIt() {
        Map<String, ShopEvent> purchases = new HashMap<>();
        Map<String, Map<String, Integer>> returnedSoFar = new HashMap<>();
        int checked = 0;
        for (ShopEvent e : events) {
            if (e.type() == EventType.PURCHASE) {
                assertThat(purchases.put(e.orderId(), e))
                        .as("order ids are unique")
                        .isNull();
            } else if (e.type() == EventType.RETURN) {
                ShopEvent purchase = purchases.get(e.orderId());
                assertThat(purchase).as("purchase of %s", e).isNotNull();
                assertThat(e.time()).isAfter(purchase.time());
                assertThat(e.customerId()).isEqualTo(purchase.customerId());
                assertThat(e.lines()).isNotEmpty();
                Map<String, Integer> returned = returnedSoFar.computeIfAbsent(e.orderId(), o -> new HashMap<>());
                for (OrderLine line : e.lines()) {
                    OrderLine bought = purchase.lines().stream()
                            .filter(b -> b.productId().equals(line.productId()))
                            .findFirst()
                            .orElseThrow(() -> new AssertionError(line + " was not bought in " + purchase));
                    int total = returned.merge(line.productId(), line.quantity(), Integer::sum);
                    assertThat(line.quantity()).isPositive();
                    assertThat(total).isLessThanOrEqualTo(bought.quantity());
                    assertThat(line.unitPrice()).isEqualTo(bought.unitPrice());
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(50);
    }

    @Test
    void droppedOutCustomersStopAtTheirLastPurchase() {
        Map<String, Instant> lastSessionActivity = new HashMap<>();
        Map<String, Instant> lastPurchase = new HashMap<>();
        for (ShopEvent e : events) {
            if (e.customerId() == null || e.type() == EventType.RETURN) {
                continue; // returns may still arrive after the customer has left
            }
            lastSessionActivity.put(e.customerId(), e.time());
            if (e.type() == EventType.PURCHASE) {
                lastPurchase.put(e.customerId(), e.time());
            }
        }
        int dropped = 0;
        for (String customerId : lastSessionActivity.keySet()) {
            CustomerTruth truth = shop.truth(customerId).orElseThrow();
            if (truth.droppedOutAt() != null && truth.droppedOutAt().isBefore(END)) {
                dropped++;
                // BG/NBD: leaving happens right after a purchase, and nothing but returns follows.
                assertThat(lastPurchase.get(customerId)).isEqualTo(truth.droppedOutAt());
                assertThat(lastSessionActivity.get(customerId)).isEqualTo(truth.droppedOutAt());
            }
        }
        assertThat(dropped).isGreaterThan(50);
    }

    @Test
    void stockIsNeverOversoldAndReportsMatchSalesAndReturns() {
        Map<String, Integer> running = new HashMap<>();
        int dailyReportsChecked = 0;
        for (ShopEvent e : events) {
            switch (e.type()) {
                case STOCK -> {
                    assertThat(e.stockOnHand()).isNotNegative();
                    Integer expected = running.put(e.productId(), e.stockOnHand());
                    if (expected != null) {
                        // A report can only be above the books when a delivery has just arrived.
                        assertThat(e.stockOnHand()).as(e.toString()).isGreaterThanOrEqualTo(expected);
                        if (isDailyReportTime(e.time())) {
                            assertThat(e.stockOnHand()).as(e.toString()).isEqualTo(expected);
                            dailyReportsChecked++;
                        }
                    }
                }
                case PURCHASE -> e.lines().forEach(line -> {
                    int left = running.merge(line.productId(), -line.quantity(), Integer::sum);
                    assertThat(left).as("%s after %s", line.productId(), e).isNotNegative();
                });
                case RETURN -> e.lines()
                        .forEach(line -> running.merge(line.productId(), line.quantity(), Integer::sum));
                default -> {}
            }
        }
        assertThat(dailyReportsChecked).isGreaterThan(60 * 170);
    }

    private static boolean isDailyReportTime(Instant time) {
        var utc = time.atOffset(ZoneOffset.UTC);
        return utc.getHour() == Inventory.REPORT_HOUR_UTC
                && utc.getMinute() == 0
                && utc.getSecond() == 0
                && utc.getNano() == 0;
    }

    @Test
    void stockIsReportedDailyForEveryProductAndAfterDeliveries() {
        Map<String, Integer> reportsPerProduct = new HashMap<>();
        int deliveries = 0;
        for (ShopEvent e : ofType(EventType.STOCK)) {
            reportsPerProduct.merge(e.productId(), 1, Integer::sum);
            if (!isDailyReportTime(e.time()) && !e.time().equals(START)) {
                deliveries++;
            }
        }
        assertThat(reportsPerProduct).hasSize(60);
        // The opening report plus one per day (the first at 06:00 on day one).
        assertThat(reportsPerProduct.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(181));
        assertThat(deliveries).isGreaterThan(60);
    }

    @Test
    void guestsHaveSessionsButNeverCustomerIdsOrPurchases() {
        Set<String> guestSessions = new HashSet<>();
        for (ShopEvent e : ofType(EventType.VIEW)) {
            if (e.isGuest()) {
                assertThat(e.sessionId()).isNotNull();
                guestSessions.add(e.sessionId());
            }
        }
        assertThat(guestSessions).hasSizeGreaterThan(300);
        for (ShopEvent e : events) {
            if (e.sessionId() != null && guestSessions.contains(e.sessionId())) {
                assertThat(e.type()).isEqualTo(EventType.VIEW);
                assertThat(e.customerId()).isNull();
            }
        }
    }

    @Test
    void customersArriveOverTheRampAndKeepComingAfterIt() {
        CustomerTruth first = shop.truth("c00001").orElseThrow();
        CustomerTruth last = shop.truth("c00500").orElseThrow();
        assertThat(first.arrivedAt()).isEqualTo(START);
        assertThat(last.arrivedAt()).isBetween(START.plus(Duration.ofDays(100)), START.plus(Duration.ofDays(140)));
        // Newcomers still trickle in afterwards, for live mode.
        assertThat(shop.truth("c00505"))
                .hasValueSatisfying(t -> assertThat(t.arrivedAt()).isAfter(last.arrivedAt()));
    }

    @Test
    void newcomersFirstEventIsAtTheirArrival() {
        Map<String, Instant> firstSeen = new HashMap<>();
        for (ShopEvent e : events) {
            if (e.customerId() != null) {
                firstSeen.putIfAbsent(e.customerId(), e.time());
            }
        }
        int checked = 0;
        for (var entry : firstSeen.entrySet()) {
            CustomerTruth truth = shop.truth(entry.getKey()).orElseThrow();
            if (truth.arrivedAt().isAfter(START)) {
                assertThat(entry.getValue()).isEqualTo(truth.arrivedAt());
                checked++;
            } else {
                assertThat(entry.getValue()).isAfter(START);
            }
        }
        assertThat(checked).isGreaterThan(300);
    }

    @Test
    void truthHasRealSignal() {
        Map<String, Set<String>> sessions = new HashMap<>();
        Map<String, Integer> purchases = new HashMap<>();
        for (ShopEvent e : events) {
            if (e.customerId() != null && e.sessionId() != null) {
                sessions.computeIfAbsent(e.customerId(), c -> new HashSet<>()).add(e.sessionId());
            }
            if (e.type() == EventType.PURCHASE) {
                purchases.merge(e.customerId(), 1, Integer::sum);
            }
        }
        List<double[]> conversion = new ArrayList<>();
        List<double[]> frequency = new ArrayList<>();
        for (var entry : sessions.entrySet()) {
            CustomerTruth truth = shop.truth(entry.getKey()).orElseThrow();
            int n = entry.getValue().size();
            if (n >= 10) {
                conversion.add(new double[] {
                    truth.purchaseProbabilityPerSession(), purchases.getOrDefault(entry.getKey(), 0) / (double) n
                });
            }
            if (truth.droppedOutAt() == null) {
                double weeks = Duration.between(truth.arrivedAt(), END).toHours() / (24.0 * 7);
                if (weeks >= 4) {
                    frequency.add(new double[] {truth.sessionsPerWeek(), n / weeks});
                }
            }
        }
        assertThat(conversion).hasSizeGreaterThan(100);
        assertThat(frequency).hasSizeGreaterThan(100);
        assertThat(correlation(conversion)).isGreaterThan(0.6);
        assertThat(correlation(frequency)).isGreaterThan(0.9);
    }

    private static double correlation(List<double[]> pairs) {
        double n = pairs.size();
        double mx = pairs.stream().mapToDouble(p -> p[0]).sum() / n;
        double my = pairs.stream().mapToDouble(p -> p[1]).sum() / n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (double[] p : pairs) {
            sxy += (p[0] - mx) * (p[1] - my);
            sxx += (p[0] - mx) * (p[0] - mx);
            syy += (p[1] - my) * (p[1] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
