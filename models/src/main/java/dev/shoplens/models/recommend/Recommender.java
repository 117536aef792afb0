package dev.shoplens.models.recommend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.Stream;

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
    /** Per customer: each product's orders, each weighted by its age (see {@link RecommenderSettings#halfLifeDays}). */
    private final Map<String, Map<String, Double>> weighted = new HashMap<>();

    /*
     * The neighbours' sums run over arrays indexed by customer and product, numbered in id order (so that a smaller
     * index is a smaller id and ties still go to it): a customer's list is then a few passes over plain arrays, where
     * maps of boxed numbers made it about 6 ms on a shop of 4,000 customers, too slow to export a large audience.
     */
    private final String[] customerIds;
    private final Map<String, Integer> customerIndex = new HashMap<>();
    private final String[] productIds;
    private final Map<String, Integer> productIndex = new HashMap<>();
    /** Per customer: the products bought (ascending index) and their order counts as a unit vector. */
    private final int[][] products;

    private final double[][] weights;
    /** Per product: the customers who bought it (ascending index), with their vector's weight for it. */
    private final int[][] buyers;

    private final double[][] buyerWeights;
    /** Per product: how many customers bought it in the last {@code popularDays}. */
    private final int[] recentBuyers;

    private final List<String> popular;

    private Recommender(RecommenderSettings settings, PurchaseLog log, long cutoff) {
        this.settings = settings;
        Map<String, Integer> recent =
                countPurchases(log, cutoff, cutoff - settings.popularDays() * 86_400_000L, settings.halfLifeDays());
        customerIds = numbered(counts.keySet().stream(), customerIndex);
        productIds = numbered(counts.values().stream().flatMap(c -> c.keySet().stream()), productIndex);
        products = new int[customerIds.length][];
        weights = new double[customerIds.length][];
        for (int i = 0; i < customerIds.length; i++) {
            unitVector(i);
        }
        buyers = new int[productIds.length][];
        buyerWeights = new double[productIds.length][];
        listBuyers();
        recentBuyers = new int[productIds.length];
        recent.forEach((p, n) -> recentBuyers[productIndex.get(p)] = n);
        popular = recent.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(settings.size())
                .map(Map.Entry::getKey)
                .toList();
    }

    /**
     * Counts each customer's orders of each product before the cut-off, and when they last bought it; returns how
     * many customers bought each product from {@code recentFrom} on.
     */
    private Map<String, Integer> countPurchases(PurchaseLog log, long cutoff, long recentFrom, double halfLifeDays) {
        Map<String, Integer> recent = new HashMap<>();
        for (String customer : log.customers()) {
            Map<String, Integer> c = new HashMap<>();
            Map<String, Double> w = new HashMap<>();
            Map<String, Long> last = new HashMap<>();
            Set<String> recentProducts = new HashSet<>();
            for (PurchaseLog.Order order : log.orders(customer)) {
                if (order.time() >= cutoff) {
                    continue;
                }
                double weight =
                        halfLifeDays == 0 ? 1 : Math.pow(0.5, (cutoff - order.time()) / (halfLifeDays * 86_400_000.0));
                for (String product : order.products()) {
                    c.merge(product, 1, Integer::sum);
                    w.merge(product, weight, Double::sum);
                    last.merge(product, order.time(), Math::max);
                    if (order.time() >= recentFrom) {
                        recentProducts.add(product);
                    }
                }
            }
            if (!c.isEmpty()) {
                recentProducts.forEach(p -> recent.merge(p, 1, Integer::sum));
                counts.put(customer, c);
                weighted.put(customer, w);
                lastBought.put(customer, last);
            }
        }
        return recent;
    }

    /** The distinct ids in their natural order, each numbered in {@code index} by its place. */
    private static String[] numbered(Stream<String> ids, Map<String, Integer> index) {
        String[] sorted = ids.distinct().sorted().toArray(String[]::new);
        for (int i = 0; i < sorted.length; i++) {
            index.put(sorted[i], i);
        }
        return sorted;
    }

    /** The customer's products and their (age-weighted) order counts scaled to unit length. */
    private void unitVector(int customer) {
        Map<String, Double> c = weighted.get(customerIds[customer]);
        products[customer] =
                c.keySet().stream().mapToInt(productIndex::get).sorted().toArray();
        double norm = Math.sqrt(c.values().stream().mapToDouble(n -> n * n).sum());
        weights[customer] = new double[products[customer].length];
        for (int k = 0; k < products[customer].length; k++) {
            weights[customer][k] = c.get(productIds[products[customer][k]]) / norm;
        }
    }

    /** Each product's buyers with their weights for it: the customers' vectors turned around. */
    private void listBuyers() {
        int[] seen = new int[productIds.length];
        for (int[] bought : products) {
            for (int j : bought) {
                seen[j]++;
            }
        }
        for (int j = 0; j < productIds.length; j++) {
            buyers[j] = new int[seen[j]];
            buyerWeights[j] = new double[seen[j]];
            seen[j] = 0;
        }
        for (int i = 0; i < customerIds.length; i++) {
            for (int k = 0; k < products[i].length; k++) {
                int j = products[i][k];
                buyers[j][seen[j]] = i;
                buyerWeights[j][seen[j]++] = weights[i][k];
            }
        }
    }

    /** Learns from the purchases in {@code log} before {@code cutoff} (epoch millis). */
    public static Recommender fit(PurchaseLog log, long cutoff, RecommenderSettings settings) {
        return new Recommender(settings, log, cutoff);
    }

    /** Every customer with a purchase before the cut-off, by id. */
    public List<String> customers() {
        return List.of(customerIds);
    }

    /** ShopLens' list for a customer (a customer without purchases gets the popular products). */
    public List<Recommendation> recommend(String customerId) {
        Integer index = customerIndex.get(customerId);
        if (index == null) {
            return fill(new ArrayList<>());
        }
        int customer = index;
        double[] similarity = similarityTo(customer);
        int[] neighbours = settings.neighbours() == 0 || settings.ownWeight() == 1
                ? new int[0]
                : best(similarity, settings.neighbours());
        double total = 0;
        for (int n : neighbours) {
            total += similarity[n];
        }
        double[] score = new double[productIds.length];
        int[] askedWhoBought = new int[productIds.length];
        int[] own = products[customer];
        for (int k = 0; k < own.length; k++) {
            score[own[k]] += settings.ownWeight() * weights[customer][k];
        }
        for (int n = 0; n < neighbours.length; n++) {
            double share = (1 - settings.ownWeight()) * similarity[neighbours[n]] / total;
            int[] theirs = products[neighbours[n]];
            for (int k = 0; k < theirs.length; k++) {
                score[theirs[k]] += share * weights[neighbours[n]][k];
                askedWhoBought[theirs[k]]++;
            }
        }
        for (int j = 0; j < score.length; j++) {
            if (score[j] > 0) {
                score[j] *= Math.pow(1 + recentBuyers[j], settings.popularityExponent());
            }
        }
        List<Recommendation> list = new ArrayList<>();
        for (int j : best(score, settings.size())) {
            String product = productIds[j];
            list.add(new Recommendation(
                    product,
                    list.size() + 1,
                    score[j],
                    reason(customerId, product, askedWhoBought[j], neighbours.length)));
        }
        return fill(list);
    }

    /** Every customer's likeness to this one (the cosine of their order counts; 0 for the customer itself). */
    private double[] similarityTo(int customer) {
        double[] similarity = new double[customerIds.length];
        int[] own = products[customer];
        for (int k = 0; k < own.length; k++) {
            double w = weights[customer][k];
            int[] who = buyers[own[k]];
            double[] theirs = buyerWeights[own[k]];
            for (int b = 0; b < who.length; b++) {
                similarity[who[b]] += w * theirs[b];
            }
        }
        similarity[customer] = 0;
        return similarity;
    }

    /**
     * The indices of the {@code k} largest positive values, largest first, ties to the smaller index: as sorting
     * them all and keeping {@code k}, without sorting them all (a product most customers bought makes nearly every
     * customer a candidate neighbour of every other).
     */
    static int[] best(double[] values, int k) {
        Comparator<Integer> better =
                (x, y) -> values[x] != values[y] ? Double.compare(values[y], values[x]) : Integer.compare(x, y);
        PriorityQueue<Integer> kept = new PriorityQueue<>(better.reversed());
        for (int i = 0; i < values.length; i++) {
            if (values[i] <= 0 || k == 0) {
                continue;
            }
            if (kept.size() < k) {
                kept.add(i);
            } else if (better.compare(i, kept.peek()) < 0) {
                kept.poll();
                kept.add(i);
            }
        }
        return kept.stream().sorted(better).mapToInt(Integer::intValue).toArray();
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
                                Recommendation.Basis.POPULAR,
                                recentBuyers[productIndex.get(p)],
                                settings.popularDays())));
            }
        }
        return list;
    }
}
