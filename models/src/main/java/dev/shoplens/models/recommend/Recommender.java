package dev.shoplens.models.recommend;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The products a customer is most likely to buy next, from their own purchases and what the customers who buy most
 * like them bought (user-based nearest neighbours over the products' order counts, as in next-basket work such as
 * TIFU-KNN, Hu et al. 2020), lifted by how many customers buy each product now; filled up with the products most
 * customers bought lately. Each recommendation says why. Fitted on the purchases before a cut-off; deterministic
 * (ties go to the smaller product or customer id).
 *
 * <p>The two baselines a recommender must beat come from the same fit: the most popular products of the last days,
 * and the customer's own most often bought products (ties: the latest bought first) filled up with popular ones.
 */
public final class Recommender {

    private static final Comparator<Map.Entry<String, Double>> BEST =
            Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());

    private final RecommenderSettings settings;
    /** Per customer: each product's number of orders, and when it was last bought. */
    private final Map<String, Map<String, Integer>> counts = new HashMap<>();

    private final Map<String, Map<String, Long>> lastBought = new HashMap<>();
    /** Per customer: the order counts as a unit vector. */
    private final Map<String, Map<String, Double>> vectors = new HashMap<>();
    /** Per product: the customers who bought it, with their vector's weight for it. */
    private final Map<String, List<Map.Entry<String, Double>>> buyers = new HashMap<>();
    /** Per product: how many customers bought it in the last {@code popularDays}. */
    private final Map<String, Integer> recentBuyers = new HashMap<>();

    private final List<String> popular;

    private Recommender(RecommenderSettings settings, PurchaseLog log, long cutoff) {
        this.settings = settings;
        long recentFrom = cutoff - settings.popularDays() * 86_400_000L;
        for (String customer : log.customers()) {
            Map<String, Integer> c = new LinkedHashMap<>();
            Map<String, Long> last = new HashMap<>();
            Set<String> recent = new HashSet<>();
            for (PurchaseLog.Order order : log.orders(customer)) {
                if (order.time() >= cutoff) {
                    continue;
                }
                for (String product : order.products()) {
                    c.merge(product, 1, Integer::sum);
                    last.merge(product, order.time(), Math::max);
                    if (order.time() >= recentFrom) {
                        recent.add(product);
                    }
                }
            }
            if (c.isEmpty()) {
                continue;
            }
            recent.forEach(p -> recentBuyers.merge(p, 1, Integer::sum));
            counts.put(customer, c);
            lastBought.put(customer, last);
            double norm = Math.sqrt(
                    c.values().stream().mapToDouble(n -> (double) n * n).sum());
            Map<String, Double> vector = new HashMap<>();
            c.forEach((p, n) -> vector.put(p, n / norm));
            vectors.put(customer, vector);
            vector.forEach(
                    (p, w) -> buyers.computeIfAbsent(p, x -> new ArrayList<>()).add(Map.entry(customer, w)));
        }
        popular = recentBuyers.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(settings.size())
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Learns from the purchases in {@code log} before {@code cutoff} (epoch millis). */
    public static Recommender fit(PurchaseLog log, long cutoff, RecommenderSettings settings) {
        return new Recommender(settings, log, cutoff);
    }

    /** Every customer with a purchase before the cut-off, by id. */
    public List<String> customers() {
        return counts.keySet().stream().sorted().toList();
    }

    /** ShopLens' list for a customer (a customer without purchases gets the popular products). */
    public List<Recommendation> recommend(String customerId) {
        Map<String, Double> own = vectors.getOrDefault(customerId, Map.of());
        List<Map.Entry<String, Double>> neighbours = neighbours(customerId, own);
        double similarity = neighbours.stream().mapToDouble(Map.Entry::getValue).sum();
        Map<String, Double> score = new HashMap<>();
        own.forEach((p, w) -> score.merge(p, settings.ownWeight() * w, Double::sum));
        Map<String, Integer> askedWhoBought = new HashMap<>();
        for (Map.Entry<String, Double> n : neighbours) {
            double share = (1 - settings.ownWeight()) * n.getValue() / similarity;
            vectors.get(n.getKey()).forEach((p, w) -> {
                score.merge(p, share * w, Double::sum);
                askedWhoBought.merge(p, 1, Integer::sum);
            });
        }
        score.replaceAll((p, s) -> s * Math.pow(1 + recentBuyers.getOrDefault(p, 0), settings.popularityExponent()));
        List<Recommendation> list = new ArrayList<>();
        score.entrySet().stream()
                .sorted(BEST)
                .limit(settings.size())
                .forEach(e -> list.add(new Recommendation(
                        e.getKey(),
                        list.size() + 1,
                        e.getValue(),
                        reason(
                                customerId,
                                e.getKey(),
                                askedWhoBought.getOrDefault(e.getKey(), 0),
                                neighbours.size()))));
        return fill(list);
    }

    /** The customers whose products are most like this customer's (cosine), best first. */
    private List<Map.Entry<String, Double>> neighbours(String customerId, Map<String, Double> own) {
        if (settings.neighbours() == 0 || settings.ownWeight() == 1) {
            return List.of();
        }
        Map<String, Double> similarity = new HashMap<>();
        own.forEach((p, w) -> {
            for (Map.Entry<String, Double> b : buyers.get(p)) {
                if (!b.getKey().equals(customerId)) {
                    similarity.merge(b.getKey(), w * b.getValue(), Double::sum);
                }
            }
        });
        return best(similarity.entrySet(), settings.neighbours());
    }

    /**
     * The {@code k} best entries, best first: as sorting them all and keeping {@code k}, without sorting them all
     * (a product most customers bought makes nearly every customer a candidate neighbour of every other).
     */
    static List<Map.Entry<String, Double>> best(Collection<Map.Entry<String, Double>> entries, int k) {
        PriorityQueue<Map.Entry<String, Double>> kept = new PriorityQueue<>(BEST.reversed());
        for (Map.Entry<String, Double> e : entries) {
            if (kept.size() < k) {
                kept.add(e);
            } else if (k > 0 && BEST.compare(e, kept.peek()) < 0) {
                kept.poll();
                kept.add(e);
            }
        }
        List<Map.Entry<String, Double>> result = new ArrayList<>(kept);
        result.sort(BEST);
        return result;
    }

    private Recommendation.Why reason(String customerId, String productId, int neighboursWhoBought, int neighbours) {
        Integer times = counts.getOrDefault(customerId, Map.of()).get(productId);
        if (times != null) {
            return new Recommendation.Why(Recommendation.Basis.OWN, times, 0);
        }
        return new Recommendation.Why(Recommendation.Basis.NEIGHBOURS, neighboursWhoBought, neighbours);
    }

    /** Baseline: the products most customers bought in the last {@code popularDays}. */
    public List<Recommendation> popular() {
        return fill(new ArrayList<>());
    }

    /** Baseline: the customer's own most often bought products (latest first on ties), filled with popular ones. */
    public List<Recommendation> ownProducts(String customerId) {
        Map<String, Integer> c = counts.getOrDefault(customerId, Map.of());
        Map<String, Long> last = lastBought.getOrDefault(customerId, Map.of());
        List<Recommendation> list = new ArrayList<>();
        c.keySet().stream()
                .sorted(Comparator.<String>comparingInt(c::get)
                        .reversed()
                        .thenComparing(
                                Comparator.<String>comparingLong(last::get).reversed())
                        .thenComparing(Comparator.naturalOrder()))
                .limit(settings.size())
                .forEach(p -> list.add(new Recommendation(p, list.size() + 1, c.get(p), reason(customerId, p, 0, 0))));
        return fill(list);
    }

    /** Tops a list up with the popular products it does not hold yet. */
    private List<Recommendation> fill(List<Recommendation> list) {
        Set<String> held = new HashSet<>();
        list.forEach(r -> held.add(r.productId()));
        for (String p : popular) {
            if (list.size() >= settings.size()) {
                break;
            }
            if (held.add(p)) {
                list.add(new Recommendation(
                        p,
                        list.size() + 1,
                        0,
                        new Recommendation.Why(
                                Recommendation.Basis.POPULAR, recentBuyers.get(p), settings.popularDays())));
            }
        }
        return list;
    }
}
