package dev.shoplens.launcher.backtest;

import dev.shoplens.forecast.DemandDistribution;
import dev.shoplens.forecast.DemandPath;
import dev.shoplens.forecast.ProductRefit;
import dev.shoplens.jobs.forecast.DemandScore;
import dev.shoplens.jobs.forecast.Method;
import dev.shoplens.jobs.forecast.SeriesModel;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Demand forecasts judged like the customer models: every product sold before the calibration end learns its daily
 * demand up to it with the streaming job's own {@link SeriesModel} (each product's method chosen by its measured
 * error), and the nightly demand refit runs as on the night of the calibration end (its forest, and per product the
 * forest or the streaming forecast by their errors on the latest held-out days); each forecasts the horizon, and is
 * scored beside seasonal naive and the moving average on the same days. What ShopLens serves is the nightly refit's
 * choice; the streaming forecast alone and the forest alone are scored too.
 */
final class DemandBacktest {

    static final String SERVED = "ShopLens (streaming + nightly, chosen per product)";
    static final String CHOSEN = "streaming only (method chosen per product)";
    static final String FOREST = "nightly forest alone";

    /**
     * One product's forecasts and, where judged, what it sold.
     *
     * @param method the method that serves the product: the streaming one, or the nightly forest's
     * @param served what ShopLens serves: the forest's forecast where the nightly refit chose it, else {@code chosen}
     * @param forest the forest's forecast; the streaming one where the refit made none for the horizon
     */
    record ProductForecast(
            String productId,
            String method,
            DemandPath served,
            DemandPath chosen,
            DemandPath forest,
            Map<String, DemandPath> baselines,
            double[] actual,
            double naiveScale) {
        double units() {
            double sum = 0;
            for (double y : actual) {
                sum += Math.max(0, y);
            }
            return sum;
        }
    }

    /**
     * The products' forecasts and each forecaster's score over all of them; {@code forestProducts}: how many products
     * the nightly forest forecast over the whole horizon (elsewhere its column is the streaming forecast).
     */
    record Result(List<ProductForecast> products, Map<String, DemandScore> scores, int forestProducts) {}

    private DemandBacktest() {}

    /** {@code nightly}: the nightly refit's verdict per product (none: the streaming forecast serves every product). */
    static Result run(ShopHistory history, BacktestSplit split, Map<String, ProductRefit> nightly) {
        List<ProductForecast> products = new ArrayList<>();
        int forestProducts = 0;
        Map<String, DemandScore> scores = new LinkedHashMap<>();
        scores.put(SERVED, DemandScore.ZERO);
        scores.put(Method.SEASONAL_NAIVE.wireName(), DemandScore.ZERO);
        scores.put(Method.MOVING_AVERAGE.wireName(), DemandScore.ZERO);
        scores.put(CHOSEN, DemandScore.ZERO);
        scores.put(FOREST, DemandScore.ZERO);
        for (Map.Entry<String, TreeMap<LocalDate, Double>> e :
                history.calibrationUnits().entrySet()) {
            if (e.getValue().firstKey().isAfter(split.calibrationEnd())) {
                continue; // a sale in the last hours, dated the next day in UTC: nothing to learn from yet
            }
            ProductForecast p = forecast(e.getKey(), e.getValue(), history, split, nightly.get(e.getKey()));
            products.add(p);
            forestProducts += coversHorizon(nightly.get(e.getKey()), split) ? 1 : 0;
            scoresOf(p).forEach((name, score) -> scores.merge(name, score, DemandScore::add));
        }
        return new Result(products, scores, forestProducts);
    }

    private static ProductForecast forecast(
            String productId,
            TreeMap<LocalDate, Double> sold,
            ShopHistory history,
            BacktestSplit split,
            ProductRefit refit) {
        double[] past = daily(sold, sold.firstKey(), split.calibrationEnd());
        SeriesModel model = new SeriesModel();
        long first = sold.firstKey().toEpochDay();
        for (int d = 0; d < past.length; d++) {
            model.learn(first + d, past[d]);
        }
        Map<String, DemandPath> baselines = new LinkedHashMap<>();
        for (Method m : List.of(Method.SEASONAL_NAIVE, Method.MOVING_AVERAGE)) {
            baselines.put(m.wireName(), model.forecast(m, split.horizonDays()));
        }
        TreeMap<LocalDate, Double> later = history.horizonUnits().getOrDefault(productId, new TreeMap<>());
        DemandPath chosen = model.forecast(model.chosen(), split.horizonDays());
        DemandPath forest = coversHorizon(refit, split) ? cut(refit.forecast(), split.horizonDays()) : null;
        boolean nightlyServes = forest != null && refit.nightlyServes();
        return new ProductForecast(
                productId,
                nightlyServes ? ProductRefit.FOREST_METHOD : model.chosen().wireName(),
                nightlyServes ? forest : chosen,
                chosen,
                forest == null ? chosen : forest,
                baselines,
                daily(
                        later,
                        split.calibrationEnd().plusDays(1),
                        split.calibrationEnd().plusDays(split.horizonDays())),
                DemandScore.seasonalNaiveScale(past));
    }

    /** Whether the nightly refit forecast the product over every day of the horizon (it forecasts fewer days). */
    private static boolean coversHorizon(ProductRefit refit, BacktestSplit split) {
        return refit != null && refit.forecast().days() >= split.horizonDays();
    }

    private static DemandPath cut(DemandPath path, int days) {
        return new DemandPath(
                java.util.Arrays.copyOf(path.mean(), days),
                java.util.Arrays.copyOf(path.variance(), days),
                path.noDemand());
    }

    /** Units per day from {@code from} to {@code to} (both included), zero on days without sales. */
    private static double[] daily(TreeMap<LocalDate, Double> units, LocalDate from, LocalDate to) {
        double[] days = new double[(int) (to.toEpochDay() - from.toEpochDay() + 1)];
        units.subMap(from, true, to, true).forEach((day, n) -> days[(int) (day.toEpochDay() - from.toEpochDay())] += n);
        return days;
    }

    /** One product's score beside the baselines', for the per-product table. */
    static Map<String, DemandScore> scoresOf(ProductForecast p) {
        Map<String, DemandScore> scores = new LinkedHashMap<>();
        scores.put(SERVED, DemandScore.ZERO.plus(p.served(), p.actual(), p.naiveScale()));
        p.baselines()
                .forEach((name, path) -> scores.put(name, DemandScore.ZERO.plus(path, p.actual(), p.naiveScale())));
        scores.put(CHOSEN, DemandScore.ZERO.plus(p.chosen(), p.actual(), p.naiveScale()));
        scores.put(FOREST, DemandScore.ZERO.plus(p.forest(), p.actual(), p.naiveScale()));
        return scores;
    }

    /**
     * {@code demand_accuracy.csv}: each product's units in the horizon and its WAPE, bias and MASE beside the
     * baselines', and the band's coverage; written only where the input reaches the horizon's end.
     */
    static void writeAccuracy(Result result, Path file) throws IOException {
        List<String> header = new ArrayList<>(List.of("product_id", "method", "units"));
        for (String name : List.of(
                "shoplens",
                Method.SEASONAL_NAIVE.wireName(),
                Method.MOVING_AVERAGE.wireName(),
                "streaming",
                "forest")) {
            header.addAll(List.of(name + "_wape", name + "_bias", name + "_mase"));
        }
        header.add("shoplens_p10_p90_coverage");
        try (Writer w = Files.newBufferedWriter(file);
                CSVPrinter csv = new CSVPrinter(
                        w,
                        CSVFormat.DEFAULT
                                .builder()
                                .setHeader(header.toArray(String[]::new))
                                .get())) {
            for (ProductForecast p : result.products()) {
                List<Object> row = new ArrayList<>(List.of(p.productId(), p.method(), p.units()));
                List<DemandScore> scores = List.copyOf(scoresOf(p).values());
                for (DemandScore s : scores) {
                    row.addAll(List.of(s.wape(), s.bias(), s.mase()));
                }
                row.add(scores.get(0).coverage());
                csv.printRecord(row);
            }
        }
    }

    /** {@code demand_forecast.csv}: each product's P10/P50/P90 for each day of the horizon, and the method. */
    static void write(Result result, BacktestSplit split, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file);
                CSVPrinter csv = new CSVPrinter(
                        w,
                        CSVFormat.DEFAULT
                                .builder()
                                .setHeader("product_id", "date", "p10", "p50", "p90", "mean", "method")
                                .get())) {
            for (ProductForecast p : result.products()) {
                for (int d = 1; d <= split.horizonDays(); d++) {
                    DemandDistribution day = p.served().day(d);
                    csv.printRecord(
                            p.productId(),
                            split.calibrationEnd().plusDays(d),
                            day.quantile(0.1),
                            day.quantile(0.5),
                            day.quantile(0.9),
                            day.mean(),
                            p.method());
                }
            }
        }
    }
}
