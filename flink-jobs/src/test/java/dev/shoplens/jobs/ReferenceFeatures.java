package dev.shoplens.jobs;

import dev.shoplens.event.EventType;
import dev.shoplens.event.ShopEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The customer features computed directly from a customer's whole event list, the slow obvious way, as the
 * ground truth the streaming job's stored features are checked against.
 */
final class ReferenceFeatures {

    private ReferenceFeatures() {}

    record Expected(
            Instant asOf,
            int orders7d,
            int orders30d,
            int orders90d,
            double revenue30d,
            int totalOrders,
            double totalRevenue,
            int views7d,
            int cartAdds7d,
            int sessions30d,
            int abandonedCarts30d,
            Double returnRate,
            int distinctCategories,
            Double daysSinceLastOrder) {}

    static Expected of(List<ShopEvent> events) {
        Instant asOf =
                events.stream().map(ShopEvent::time).max(Instant::compareTo).orElseThrow();
        List<ShopEvent> purchases =
                events.stream().filter(e -> e.type() == EventType.PURCHASE).toList();
        long bought = purchases.stream().mapToLong(ShopEvent::linesUnits).sum();
        long returned = events.stream()
                .filter(e -> e.type() == EventType.RETURN)
                .mapToLong(ShopEvent::linesUnits)
                .sum();
        Instant lastOrder =
                purchases.stream().map(ShopEvent::time).max(Instant::compareTo).orElse(null);
        Map<String, Instant> sessionStart = new HashMap<>();
        Set<String> sessionsWithCart = new HashSet<>();
        Set<String> sessionsWithPurchase = new HashSet<>();
        for (ShopEvent e : events) {
            if (e.sessionId() == null) {
                continue;
            }
            sessionStart.merge(e.sessionId(), e.time(), (a, b) -> a.isBefore(b) ? a : b);
            if (e.type() == EventType.CART_ADD) {
                sessionsWithCart.add(e.sessionId());
            }
            if (e.type() == EventType.PURCHASE) {
                sessionsWithPurchase.add(e.sessionId());
            }
        }
        Set<String> recentSessions = new HashSet<>();
        sessionStart.forEach((s, start) -> {
            if (within(start, asOf, 30)) {
                recentSessions.add(s);
            }
        });
        int abandoned = (int) recentSessions.stream()
                .filter(s -> sessionsWithCart.contains(s) && !sessionsWithPurchase.contains(s))
                .count();
        return new Expected(
                asOf,
                countWithin(purchases, asOf, 7),
                countWithin(purchases, asOf, 30),
                countWithin(purchases, asOf, 90),
                purchases.stream()
                        .filter(e -> within(e.time(), asOf, 30))
                        .mapToDouble(ShopEvent::linesAmount)
                        .sum(),
                purchases.size(),
                purchases.stream().mapToDouble(ShopEvent::linesAmount).sum(),
                countWithin(
                        events.stream().filter(e -> e.type() == EventType.VIEW).toList(), asOf, 7),
                countWithin(
                        events.stream()
                                .filter(e -> e.type() == EventType.CART_ADD)
                                .toList(),
                        asOf,
                        7),
                recentSessions.size(),
                abandoned,
                bought == 0 ? null : returned / (double) bought,
                (int) events.stream()
                        .map(ShopEvent::category)
                        .filter(c -> c != null)
                        .distinct()
                        .count(),
                lastOrder == null ? null : Duration.between(lastOrder, asOf).toMillis() / 86_400_000.0);
    }

    private static int countWithin(List<ShopEvent> events, Instant asOf, int days) {
        return (int) events.stream().filter(e -> within(e.time(), asOf, days)).count();
    }

    private static boolean within(Instant t, Instant asOf, int days) {
        return t.isAfter(asOf.minus(Duration.ofDays(days))) && !t.isAfter(asOf);
    }
}
