package dev.shoplens.launcher.backtest;

import dev.shoplens.models.recommend.RankingMetrics;
import dev.shoplens.models.recommend.Recommendation;
import dev.shoplens.models.recommend.Recommender;
import dev.shoplens.models.recommend.RecommenderSettings;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The backtest's product recommendations: ten products for every customer who bought before the calibration end,
 * fitted on the calibration period's purchases alone, written to {@code recommendations.csv} and, where the input
 * reaches the horizon's end, judged on the products each customer bought in the horizon beside two baselines
 * computed the same way: the most popular products of the last 28 days, and the customer's own most often bought
 * products filled up with popular ones.
 */
final class BacktestRecommendations {

    static final String SHOPLENS = "ShopLens";
    static final String OWN = "own products, then popular";
    static final String POPULAR = "popular in the last 28 days";

    /** Each recommender's figures at 10 (empty where not judged), and how many customers got a list. */
    record Result(int customers, Map<String, RankingMetrics> metrics) {}

    private BacktestRecommendations() {}

    static Result run(ShopHistory history, BacktestSplit split, Path csv, boolean judged) throws IOException {
        if (!history.purchases().namesProducts()) {
            return new Result(0, Map.of()); // a log without products: nothing to recommend
        }
        RecommenderSettings settings = RecommenderSettings.defaults();
        Recommender recommender =
                Recommender.fit(history.purchases(), split.cutoff().toEpochMilli(), settings);
        List<String> customers = recommender.customers();
        Map<String, List<Recommendation>> lists = new LinkedHashMap<>();
        customers.forEach(c -> lists.put(c, recommender.recommend(c)));
        write(csv, lists);
        Map<String, RankingMetrics> metrics = new LinkedHashMap<>();
        if (judged) {
            Map<String, Set<String>> bought = new LinkedHashMap<>();
            customers.forEach(c -> bought.put(c, history.horizonProducts().getOrDefault(c, Set.of())));
            metrics.put(SHOPLENS, judge(customers, lists::get, bought, settings));
            metrics.put(OWN, judge(customers, recommender::ownProducts, bought, settings));
            List<Recommendation> popular = recommender.popular();
            metrics.put(POPULAR, judge(customers, c -> popular, bought, settings));
        }
        return new Result(customers.size(), metrics);
    }

    private static RankingMetrics judge(
            List<String> customers,
            Function<String, List<Recommendation>> recommend,
            Map<String, Set<String>> bought,
            RecommenderSettings settings) {
        Map<String, List<String>> ranked = new LinkedHashMap<>();
        for (String c : customers) {
            ranked.put(
                    c,
                    recommend.apply(c).stream().map(Recommendation::productId).toList());
        }
        return RankingMetrics.of(ranked, bought, settings.size());
    }

    /** {@code customer_id,product_id,rank,reason}, ranks 1..10 per customer. */
    private static void write(Path csv, Map<String, List<Recommendation>> lists) throws IOException {
        try (Writer w = Files.newBufferedWriter(csv);
                CSVPrinter out = new CSVPrinter(
                        w,
                        CSVFormat.DEFAULT
                                .builder()
                                .setHeader("customer_id", "product_id", "rank", "reason")
                                .get())) {
            for (Map.Entry<String, List<Recommendation>> list : lists.entrySet()) {
                for (Recommendation r : list.getValue()) {
                    out.printRecord(list.getKey(), r.productId(), r.rank(), r.reason());
                }
            }
        }
    }
}
