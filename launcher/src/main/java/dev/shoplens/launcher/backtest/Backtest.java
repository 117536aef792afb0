package dev.shoplens.launcher.backtest;

import dev.shoplens.event.EventFeed;
import dev.shoplens.launcher.DataDir;
import dev.shoplens.launcher.progress.CountedFeed;
import dev.shoplens.launcher.progress.FeedWatch;
import dev.shoplens.launcher.progress.Progress;
import dev.shoplens.models.baselines.BgNbd;
import dev.shoplens.models.scoring.CustomerScorer;
import dev.shoplens.scores.CustomerScore;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code shoplens backtest}: fit on the history up to the calibration end, predict the horizon after it, and
 * judge the predictions against what really happened, beside the standard baselines on the same split.
 */
final class Backtest {

    static final double WEEK = 7 * 86_400_000.0;

    /** Everything the report shows. */
    record Result(
            BacktestSplit split,
            ShopHistory history,
            BacktestModels.Trained trained,
            Optional<BacktestLstm.Trained> lstm,
            BgNbd bgNbd,
            List<String> customers,
            List<CustomerScore> scores,
            List<Predictor> predictors,
            List<Evaluation> evaluations,
            DemandBacktest.Result demand,
            BacktestRecommendations.Result recommendations,
            boolean judged) {

        /** The named predictor's evaluation; null where it was not judged (not fitted, or no horizon). */
        Evaluation evaluation(String name) {
            return evaluations.stream()
                    .filter(e -> e.name().equals(name))
                    .findFirst()
                    .orElse(null);
        }
    }

    private Backtest() {}

    /** Runs the backtest; {@code progress} shows each step as it goes, and how long it took. */
    static Result run(EventFeed feed, BacktestSplit split, Path out, Progress progress) throws Exception {
        Files.createDirectories(out);
        ShopHistory history = readHistory(feed, split, progress);
        List<String> customers = history.customerIds();
        if (customers.isEmpty()) {
            throw new IllegalArgumentException(
                    "no customer has an event before the calibration end " + split.calibrationEnd());
        }
        DataDir store = new DataDir(out.resolve("store")).create();
        BacktestModels.Trained trained =
                BacktestModels.train(feed, split, history.calibrationFeedEvents(), store, progress);
        List<CustomerScore> scores = score(history, customers, trained.scorer());
        Optional<BacktestLstm.Trained> lstm =
                BacktestLstm.train(store.store(), split, BacktestModels.horizons(split), customers, progress);
        BgNbd bgNbd = BgNbd.fit(customers.stream()
                .map(history::orders)
                .filter(o -> o.count() > 0)
                .map(o -> bgNbdHistory(o, split))
                .toList());

        List<Predictor> predictors = new ArrayList<>();
        shopLens(scores).ifPresent(predictors::add);
        lstm.ifPresent(l -> predictors.add(l.predictor()));
        predictors.add(bgNbd(bgNbd, history, customers, split));
        for (RuleBaseline.Rule rule : RuleBaseline.Rule.values()) {
            rule(rule, history, customers, split).ifPresent(predictors::add);
        }
        writePredictions(out.resolve("predictions.csv"), history, customers, scores, predictors);
        BacktestRecommendations.Result recommendations = BacktestRecommendations.run(
                history, split, out.resolve("recommendations.csv"), history.coversHorizon());

        progress.show("demand forest: fitting on the calibration period");
        DemandBacktest.Result demand =
                DemandBacktest.run(history, split, BacktestDemandRefit.refit(store.store(), split));
        progress.done("demand forest: fitted in " + Progress.duration(progress.elapsed()));
        DemandBacktest.write(demand, split, out.resolve("demand_forecast.csv"));

        boolean judged = history.coversHorizon();
        List<Evaluation> evaluations = judged ? evaluate(history, customers, predictors) : List.of();
        if (judged) {
            DemandBacktest.writeAccuracy(demand, out.resolve("demand_accuracy.csv"));
        }
        return new Result(
                split,
                history,
                trained,
                lstm,
                bgNbd,
                customers,
                scores,
                predictors,
                evaluations,
                demand,
                recommendations,
                judged);
    }

    /** Counted as it is read: the input is read whole (its count is not known, and counting it would cost a pass). */
    private static ShopHistory readHistory(EventFeed feed, BacktestSplit split, Progress progress) {
        CountedFeed counted = CountedFeed.of(feed, CountedFeed.UNKNOWN);
        try (FeedWatch watch = FeedWatch.start(counted, progress, "reading the history")) {
            return ShopHistory.read(counted, split);
        }
    }

    private static List<CustomerScore> score(ShopHistory history, List<String> customers, CustomerScorer scorer) {
        List<CustomerScore> scores = new ArrayList<>(customers.size());
        for (String id : customers) {
            scores.add(
                    scorer.isEmpty()
                            ? null
                            : scorer.score(history.featuresAtCutoff(id), CustomerScorer.Memory.NONE)
                                    .score());
        }
        return scores;
    }

    /** ShopLens' purchase and value models, where both had a serving version by the cutoff. */
    private static Optional<Predictor> shopLens(List<CustomerScore> scores) {
        if (scores.stream()
                .anyMatch(s -> s == null || s.purchaseProbability() == null || s.expectedOrders90d() == null)) {
            return Optional.empty();
        }
        return Optional.of(new Predictor(
                "ShopLens",
                scores.stream().mapToDouble(CustomerScore::purchaseProbability).toArray(),
                scores.stream().mapToDouble(CustomerScore::expectedOrders90d).toArray()));
    }

    /** A customer's orders as BG/NBD counts them, in weeks from the first order; none: just acquired. */
    static BgNbd.History bgNbdHistory(ShopHistory.Orders orders, BacktestSplit split) {
        if (orders.count() == 0) {
            return new BgNbd.History(0, 0, 0);
        }
        return new BgNbd.History(
                orders.count() - 1,
                (orders.last() - orders.first()) / WEEK,
                (split.cutoff().toEpochMilli() - orders.first()) / WEEK);
    }

    private static Predictor bgNbd(BgNbd model, ShopHistory history, List<String> customers, BacktestSplit split) {
        double weeks = split.horizonDays() / 7.0;
        double[] p = new double[customers.size()];
        double[] e = new double[customers.size()];
        for (int i = 0; i < p.length; i++) {
            BgNbd.History h = bgNbdHistory(history.orders(customers.get(i)), split);
            p[i] = model.probabilityOfPurchase(h, weeks);
            e[i] = model.expectedPurchases(h, weeks);
        }
        return new Predictor("BG/NBD", p, e);
    }

    /** The rule's predictor; empty where the calibration period is too short for it (see {@link RuleBaseline}). */
    private static Optional<Predictor> rule(
            RuleBaseline.Rule rule, ShopHistory history, List<String> customers, BacktestSplit split) {
        long cutoff = split.cutoff().toEpochMilli();
        long inner = split.cutoff().minus(split.horizon()).toEpochMilli();
        return RuleBaseline.fit(
                        rule,
                        customers.stream()
                                .filter(id -> history.firstSeen(id) < inner)
                                .map(history::orders)
                                .toList(),
                        inner,
                        cutoff)
                .map(baseline -> {
                    double[] p = new double[customers.size()];
                    double[] e = new double[customers.size()];
                    for (int i = 0; i < p.length; i++) {
                        ShopHistory.Orders orders = history.orders(customers.get(i));
                        p[i] = baseline.probability(orders, cutoff);
                        e[i] = baseline.expectedOrders(orders, cutoff);
                    }
                    return new Predictor(baseline.name(), p, e);
                });
    }

    private static List<Evaluation> evaluate(ShopHistory history, List<String> customers, List<Predictor> predictors) {
        boolean[] bought = new boolean[customers.size()];
        int[] orders = new int[customers.size()];
        for (int i = 0; i < orders.length; i++) {
            orders[i] = history.outcome(customers.get(i)).orders();
            bought[i] = orders[i] > 0;
        }
        return predictors.stream().map(p -> Evaluation.of(p, bought, orders)).toList();
    }

    static final String[] HEADER = {
        "customer_id",
        "p_purchase",
        "expected_purchases",
        "p_churn",
        "expected_revenue",
        "segment",
        "bgnbd_p_purchase",
        "bgnbd_expected_purchases",
        "recency_p_purchase",
        "frequency_p_purchase",
        "lstm_p_purchase",
        "actual_purchases",
        "actual_revenue"
    };

    /**
     * One row per customer seen before the cutoff; ShopLens' columns are empty where a model had no serving version,
     * the LSTM's where the calibration period was too short to train it, the actual columns where the input does not
     * reach the horizon's end.
     */
    private static void writePredictions(
            Path file,
            ShopHistory history,
            List<String> customers,
            List<CustomerScore> scores,
            List<Predictor> predictors)
            throws IOException {
        Predictor bgNbd = named(predictors, "BG/NBD").orElseThrow();
        Optional<Predictor> recency = named(predictors, RuleBaseline.Rule.RECENCY.label);
        Optional<Predictor> frequency = named(predictors, RuleBaseline.Rule.FREQUENCY.label);
        Optional<Predictor> lstm = named(predictors, BacktestLstm.NAME);
        boolean judged = history.coversHorizon();
        try (Writer w = Files.newBufferedWriter(file);
                CSVPrinter csv = new CSVPrinter(
                        w, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (int i = 0; i < customers.size(); i++) {
                CustomerScore s = scores.get(i);
                ShopHistory.Outcome outcome = history.outcome(customers.get(i));
                csv.printRecord(
                        customers.get(i),
                        s == null ? null : s.purchaseProbability(),
                        s == null ? null : s.expectedOrders90d(),
                        s == null ? null : s.churnProbability(),
                        s == null ? null : s.expectedRevenue90d(),
                        s == null ? null : s.segmentName(),
                        bgNbd.purchase()[i],
                        bgNbd.expectedPurchases()[i],
                        purchase(recency, i),
                        purchase(frequency, i),
                        purchase(lstm, i),
                        judged ? outcome.orders() : null,
                        judged ? outcome.revenue() : null);
            }
        }
    }

    private static Optional<Predictor> named(List<Predictor> predictors, String name) {
        return predictors.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The predictor's probability for customer {@code i}; null (an empty cell) where it could not be fitted. */
    private static Double purchase(Optional<Predictor> predictor, int i) {
        return predictor.map(p -> p.purchase()[i]).orElse(null);
    }
}
