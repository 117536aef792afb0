package dev.shoplens.launcher.backtest;

import dev.shoplens.jobs.forecast.DemandScore;
import dev.shoplens.models.recommend.RankingMetrics;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code --origins N --every D}: the same backtest at N calibration ends D days apart, the latest the one given, so
 * that a difference between two models is read against how much each figure moves from one origin to the next (a
 * model that wins on one split may lose on the next). Each origin keeps its own folder with everything a single
 * backtest writes; {@code rolling.csv} has every figure of every origin, {@code report.md}/{@code report.html} their
 * mean, spread and range, and on how many origins each model was the best.
 */
final class RollingOrigins {

    static final int MAX_ORIGINS = 24;

    private RollingOrigins() {}

    /** The splits, earliest first; fails at once on options that cannot make one. */
    static List<BacktestSplit> splits(
            LocalDate calibrationEnd, ZoneId zone, int horizonDays, int churnDays, int origins, int everyDays) {
        if (origins < 1 || origins > MAX_ORIGINS) {
            throw new IllegalArgumentException("--origins must lie in 1.." + MAX_ORIGINS + ", was " + origins);
        }
        if (everyDays < 1) {
            throw new IllegalArgumentException("--every must be at least 1 day, was " + everyDays);
        }
        List<BacktestSplit> splits = new ArrayList<>();
        for (int i = origins - 1; i >= 0; i--) {
            splits.add(BacktestSplit.of(calibrationEnd.minusDays((long) i * everyDays), zone, horizonDays, churnDays));
        }
        return splits;
    }

    /** The folder of one origin's backtest. */
    static Path folder(Path out, BacktestSplit split) {
        return out.resolve("origin-" + split.calibrationEnd());
    }

    /** A figure over the origins: mean, sample standard deviation, range. */
    record Spread(int n, double mean, double sd, double min, double max) {
        static Spread of(double[] values) {
            int n = values.length;
            double mean = 0;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double v : values) {
                mean += v / n;
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            double squares = 0;
            for (double v : values) {
                squares += (v - mean) * (v - mean);
            }
            return new Spread(n, mean, n > 1 ? Math.sqrt(squares / (n - 1)) : Double.NaN, min, max);
        }

        String text(String format) {
            String mean = String.format(Locale.ROOT, format, this.mean);
            return Double.isNaN(sd) ? mean : mean + " ± " + String.format(Locale.ROOT, format, sd);
        }

        String range(String format) {
            return String.format(Locale.ROOT, format, min) + "–" + String.format(Locale.ROOT, format, max);
        }
    }

    /** One model's figures over the origins where it was judged, and on how many of those it was the best. */
    record ModelOverOrigins(String name, Spread auc, Spread logLoss, Spread brier, Spread ordersRatio, int best) {}

    /**
     * Each origin's figures of one kind by name (in the order names first appear), and on how many origins each name
     * was the best by {@code better} among its figures that are numbers ({@code isNumber}: an AUC or a recall is NaN
     * where an origin had no buyer to judge, and must not count as the best).
     */
    private record Tally<T>(Map<String, List<T>> byName, Map<String, Integer> best) {

        static <T> Tally<T> of(
                List<Backtest.Result> results,
                Function<Backtest.Result, Map<String, T>> figures,
                ToDoubleFunction<T> figure,
                boolean higherIsBetter) {
            Comparator<T> better = higherIsBetter
                    ? Comparator.comparingDouble(figure)
                    : Comparator.comparingDouble(figure).reversed();
            Tally<T> tally = new Tally<>(new LinkedHashMap<>(), new LinkedHashMap<>());
            for (Backtest.Result r : results) {
                Map<String, T> ofOrigin = figures.apply(r);
                ofOrigin.forEach((name, f) -> tally.byName
                        .computeIfAbsent(name, n -> new ArrayList<>())
                        .add(f));
                ofOrigin.entrySet().stream()
                        .filter(e -> !Double.isNaN(figure.applyAsDouble(e.getValue())))
                        .max(Map.Entry.comparingByValue(better))
                        .ifPresent(e -> tally.best.merge(e.getKey(), 1, Integer::sum));
            }
            return tally;
        }

        int best(String name) {
            return best.getOrDefault(name, 0);
        }
    }

    /** The purchase predictors over the judged origins, in the order they first appear. */
    static List<ModelOverOrigins> purchase(List<Backtest.Result> results) {
        Tally<Evaluation> tally = Tally.of(
                results,
                r -> r.evaluations().stream()
                        .collect(Collectors.toMap(Evaluation::name, e -> e, (a, b) -> a, LinkedHashMap::new)),
                e -> e.metrics().auc(),
                true);
        List<ModelOverOrigins> models = new ArrayList<>();
        tally.byName()
                .forEach((name, es) -> models.add(new ModelOverOrigins(
                        name,
                        spread(es, e -> e.metrics().auc()),
                        spread(es, e -> e.metrics().logLoss()),
                        spread(es, e -> e.metrics().brier()),
                        spread(
                                es.stream()
                                        .filter(e -> !Double.isNaN(e.predictedOrders()))
                                        .toList(),
                                e -> e.predictedOrders() / e.actualOrders()),
                        tally.best(name))));
        return models;
    }

    /** A forecaster's WAPE and coverage over the judged origins, and on how many it had the lowest WAPE. */
    record ForecasterOverOrigins(String name, Spread wape, Spread coverage, int best) {}

    static List<ForecasterOverOrigins> demand(List<Backtest.Result> results) {
        Tally<DemandScore> tally = Tally.of(results, r -> r.demand().scores(), DemandScore::wape, false);
        List<ForecasterOverOrigins> forecasters = new ArrayList<>();
        tally.byName()
                .forEach((name, ss) -> forecasters.add(new ForecasterOverOrigins(
                        name, spread(ss, DemandScore::wape), spread(ss, DemandScore::coverage), tally.best(name))));
        return forecasters;
    }

    /** A recommender's figures at 10 over the judged origins, and on how many it had the highest recall. */
    record RecommenderOverOrigins(String name, Spread hitRate, Spread recall, Spread ndcg, int best) {}

    static List<RecommenderOverOrigins> recommendations(List<Backtest.Result> results) {
        Tally<RankingMetrics> tally =
                Tally.of(results, r -> r.recommendations().metrics(), RankingMetrics::recall, true);
        List<RecommenderOverOrigins> recommenders = new ArrayList<>();
        tally.byName()
                .forEach((name, ms) -> recommenders.add(new RecommenderOverOrigins(
                        name,
                        spread(ms, RankingMetrics::hitRate),
                        spread(ms, RankingMetrics::recall),
                        spread(ms, RankingMetrics::ndcg),
                        tally.best(name))));
        return recommenders;
    }

    /**
     * ShopLens' AUC minus another model's, origin by origin (only where both were judged): the paired difference,
     * which the spread between origins does not blur as much as two separate means do.
     */
    static Spread aucDifference(List<Backtest.Result> results, String model, String against) {
        List<Double> differences = new ArrayList<>();
        for (Backtest.Result r : results) {
            Evaluation a = r.evaluation(model);
            Evaluation b = r.evaluation(against);
            if (a != null && b != null) {
                differences.add(a.metrics().auc() - b.metrics().auc());
            }
        }
        return differences.isEmpty()
                ? null
                : Spread.of(
                        differences.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static <T> Spread spread(List<T> items, ToDoubleFunction<T> figure) {
        return items.isEmpty()
                ? null
                : Spread.of(items.stream().mapToDouble(figure).toArray());
    }

    static final List<String> CSV_HEADER = List.of(
            "calibration_end",
            "kind",
            "name",
            "auc",
            "log_loss",
            "brier",
            "predicted_orders",
            "actual_orders",
            "wape",
            "bias",
            "mase",
            "p10_p90_coverage",
            "hit_rate_at_10",
            "precision_at_10",
            "recall_at_10",
            "ndcg_at_10");

    /** Every figure of every judged origin, one row per model and origin; a row leaves other kinds' columns empty. */
    static void writeCsv(List<Backtest.Result> results, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file);
                CSVPrinter csv = new CSVPrinter(
                        w,
                        CSVFormat.DEFAULT
                                .builder()
                                .setHeader(CSV_HEADER.toArray(String[]::new))
                                .get())) {
            for (Backtest.Result r : results) {
                String origin = r.split().calibrationEnd().toString();
                for (Evaluation e : r.evaluations()) {
                    Map<String, Object> figures = new LinkedHashMap<>();
                    figures.put("auc", e.metrics().auc());
                    figures.put("log_loss", e.metrics().logLoss());
                    figures.put("brier", e.metrics().brier());
                    if (!Double.isNaN(e.predictedOrders())) {
                        figures.put("predicted_orders", e.predictedOrders());
                    }
                    figures.put("actual_orders", e.actualOrders());
                    csv.printRecord(row(origin, "purchase", e.name(), figures));
                }
                if (r.judged()) {
                    for (Map.Entry<String, DemandScore> d : r.demand().scores().entrySet()) {
                        DemandScore s = d.getValue();
                        csv.printRecord(row(
                                origin,
                                "demand",
                                d.getKey(),
                                Map.of(
                                        "wape",
                                        s.wape(),
                                        "bias",
                                        s.bias(),
                                        "mase",
                                        s.mase(),
                                        "p10_p90_coverage",
                                        s.coverage())));
                    }
                }
                for (Map.Entry<String, RankingMetrics> m :
                        r.recommendations().metrics().entrySet()) {
                    RankingMetrics k = m.getValue();
                    csv.printRecord(row(
                            origin,
                            "recommend",
                            m.getKey(),
                            Map.of(
                                    "hit_rate_at_10",
                                    k.hitRate(),
                                    "precision_at_10",
                                    k.precision(),
                                    "recall_at_10",
                                    k.recall(),
                                    "ndcg_at_10",
                                    k.ndcg())));
                }
            }
        }
    }

    private static List<Object> row(String origin, String kind, String name, Map<String, Object> figures) {
        List<Object> row = new ArrayList<>(java.util.Collections.nCopies(CSV_HEADER.size(), ""));
        row.set(0, origin);
        row.set(1, kind);
        row.set(2, name);
        figures.forEach((column, value) -> row.set(CSV_HEADER.indexOf(column), value));
        return row;
    }
}
