package dev.shoplens.models.recommend;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How well ranked lists of products foresee what customers then bought, at a cut-off {@code k}, averaged over the
 * customers who bought anything (a customer who bought nothing has nothing to find): the share with at least one
 * hit (hit rate), hits over {@code k} (precision), hits over what they bought (recall), and NDCG (hits near the top
 * count more; 1 when every slot that could hold a bought product does).
 *
 * @param customers the customers judged: those who bought something
 */
public record RankingMetrics(int k, int customers, double hitRate, double precision, double recall, double ndcg) {

    /** Judges {@code ranked} (each customer's list, best first) against {@code bought} in the horizon. */
    public static RankingMetrics of(Map<String, List<String>> ranked, Map<String, Set<String>> bought, int k) {
        int customers = 0;
        double hits = 0;
        double precision = 0;
        double recall = 0;
        double ndcg = 0;
        for (Map.Entry<String, Set<String>> e : bought.entrySet()) {
            Set<String> truth = e.getValue();
            if (truth.isEmpty()) {
                continue;
            }
            customers++;
            List<String> list = ranked.getOrDefault(e.getKey(), List.of());
            int found = 0;
            double dcg = 0;
            for (int i = 0; i < Math.min(k, list.size()); i++) {
                if (truth.contains(list.get(i))) {
                    found++;
                    dcg += 1 / log2(i + 2);
                }
            }
            double ideal = 0;
            for (int i = 0; i < Math.min(k, truth.size()); i++) {
                ideal += 1 / log2(i + 2);
            }
            hits += found > 0 ? 1 : 0;
            precision += found / (double) k;
            recall += found / (double) truth.size();
            ndcg += dcg / ideal;
        }
        if (customers == 0) {
            return new RankingMetrics(k, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new RankingMetrics(
                k, customers, hits / customers, precision / customers, recall / customers, ndcg / customers);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
