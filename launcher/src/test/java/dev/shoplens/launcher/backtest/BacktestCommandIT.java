package dev.shoplens.launcher.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.event.EventCodec;
import dev.shoplens.event.EventLimits;
import dev.shoplens.event.ShopEvent;
import dev.shoplens.launcher.ShopLensCli;
import dev.shoplens.simulator.ShopConfig;
import dev.shoplens.simulator.SimulatedShop;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code shoplens backtest} as an analyst runs it, on the simulated shop written as an events file: the same feature
 * job and trainers, the baselines, the files it writes, and that nothing after the calibration end reaches a
 * prediction.
 */
class BacktestCommandIT {

    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant CUTOFF = START.plus(Duration.ofDays(100));
    static final int HORIZON = 28;

    @TempDir
    static Path dir;

    static Path full;
    static Path report;
    static List<CSVRecord> predictions;

    @BeforeAll
    static void backtestTheSimulatedShop() throws IOException {
        full = writeEvents("events.jsonl", t -> t.isBefore(CUTOFF.plus(Duration.ofDays(HORIZON))));
        report = dir.resolve("full");
        run("--events", full.toString(), "--out", report.toString());
        predictions = read(report.resolve("predictions.csv"));
    }

    @Test
    void predictsEveryCustomerSeenBeforeTheCalibrationEnd() throws IOException {
        assertThat(predictions).hasSizeGreaterThan(200);
        assertThat(predictions.get(0).getParser().getHeaderNames())
                .startsWith(
                        "customer_id", "p_purchase", "expected_purchases", "p_churn", "expected_revenue", "segment");
        for (CSVRecord r : predictions) {
            assertThat(Double.parseDouble(r.get("p_purchase"))).isBetween(0.0, 1.0);
            assertThat(Double.parseDouble(r.get("p_churn"))).isBetween(0.0, 1.0);
            assertThat(Double.parseDouble(r.get("expected_purchases"))).isNotNegative();
            assertThat(Double.parseDouble(r.get("bgnbd_p_purchase"))).isBetween(0.0, 1.0);
            assertThat(Double.parseDouble(r.get("lstm_p_purchase"))).isBetween(0.0, 1.0);
            assertThat(r.get("segment")).isNotBlank();
            assertThat(r.get("actual_purchases")).isNotBlank();
        }
    }

    @Test
    void reportsShopLensBesideTheBaselinesWithFiguresThatMeanSomething() throws IOException {
        String md = Files.readString(report.resolve("report.md"));
        for (String predictor :
                List.of("| ShopLens |", "| LSTM |", "| BG/NBD |", "| recency rule |", "| frequency rule |")) {
            assertThat(md).contains(predictor);
        }
        assertThat(md).contains("The nightly LSTM reaches AUC");
        assertThat(Files.readString(report.resolve("report.html"))).contains("<svg", "Lift by decile");
        // The simulated customers' behaviour is learnable: every predictor ranks buyers well above chance (the LSTM,
        // trained on the first 44 days' labels alone, less far).
        for (String line : md.lines()
                .filter(l -> l.startsWith("| ShopLens |") || l.startsWith("| BG/NBD |") || l.startsWith("| LSTM |"))
                .toList()) {
            double auc = Double.parseDouble(line.split("\\|")[2].trim());
            System.out.println("backtest on the simulated shop: " + line);
            assertThat(auc).as(line).isGreaterThan(line.startsWith("| LSTM |") ? 0.6 : 0.7);
        }
    }

    @Test
    void forecastsEveryProductsDemandForEachDayOfTheHorizonWithABand() throws IOException {
        List<CSVRecord> demand = read(report.resolve("demand_forecast.csv"));
        long products = demand.stream().map(r -> r.get("product_id")).distinct().count();
        assertThat(products).isGreaterThan(10);
        assertThat(demand).hasSize((int) products * HORIZON);
        for (CSVRecord r : demand) {
            double p10 = Double.parseDouble(r.get("p10"));
            double p50 = Double.parseDouble(r.get("p50"));
            double p90 = Double.parseDouble(r.get("p90"));
            assertThat(p10).isNotNegative().isLessThanOrEqualTo(p50);
            assertThat(p50).isLessThanOrEqualTo(p90);
        }
        assertThat(demand.get(0).get("date")).isEqualTo("2026-04-11");
        List<CSVRecord> accuracy = read(report.resolve("demand_accuracy.csv"));
        assertThat(accuracy).hasSize((int) products);
        assertThat(accuracy.get(0).getParser().getHeaderNames())
                .contains("shoplens_wape", "seasonal_naive_wape", "moving_average_mase", "shoplens_p10_p90_coverage");
        assertThat(Files.readString(report.resolve("report.md")))
                .contains("Demand in the horizon", "| seasonal_naive |", "| moving_average |")
                .contains("| " + DemandBacktest.SERVED + " |", "| " + DemandBacktest.CHOSEN + " |")
                .contains("| " + DemandBacktest.FOREST + " |");
        assertThat(accuracy.get(0).getParser().getHeaderNames()).contains("streaming_wape", "forest_wape");
    }

    @Test
    void recommendsTenProductsToEveryBuyerAndJudgesThemBesideTheBaselines() throws IOException {
        List<CSVRecord> recommendations = read(report.resolve("recommendations.csv"));
        assertThat(recommendations.get(0).getParser().getHeaderNames())
                .containsExactly("customer_id", "product_id", "rank", "reason");
        java.util.Map<String, List<CSVRecord>> byCustomer = new java.util.TreeMap<>();
        recommendations.forEach(r -> byCustomer
                .computeIfAbsent(r.get("customer_id"), c -> new ArrayList<>())
                .add(r));
        assertThat(byCustomer).hasSizeGreaterThan(100);
        for (List<CSVRecord> list : byCustomer.values()) {
            assertThat(list)
                    .extracting(r -> r.get("rank"))
                    .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
            assertThat(list).extracting(r -> r.get("product_id")).doesNotHaveDuplicates();
            assertThat(list).allSatisfy(r -> assertThat(r.get("reason")).isNotBlank());
        }
        String md = Files.readString(report.resolve("report.md"));
        assertThat(md).contains("Recommendations in the horizon");
        for (String name : List.of(
                BacktestRecommendations.SHOPLENS, BacktestRecommendations.OWN, BacktestRecommendations.POPULAR)) {
            String row = md.lines()
                    .filter(l -> l.startsWith("| " + name + " |") && l.split("\\|").length == 7)
                    .findFirst()
                    .orElseThrow();
            System.out.println("recommendations on the simulated shop: " + row);
            double recall = Double.parseDouble(row.split("\\|")[5].trim());
            assertThat(recall).as(row).isBetween(0.0, 1.0);
            if (!name.equals(BacktestRecommendations.POPULAR)) {
                assertThat(recall).as("better than nothing: " + row).isPositive();
            }
        }
    }

    @Test
    void nothingAfterTheCalibrationEndReachesAPrediction() throws IOException {
        // The same history up to the calibration end, without anything after it.
        Path cut = writeEvents("cut.jsonl", t -> t.isBefore(CUTOFF));
        Path out = dir.resolve("cut");
        run("--events", cut.toString(), "--out", out.toString());

        List<CSVRecord> blind = read(out.resolve("predictions.csv"));
        assertThat(blind).hasSameSizeAs(predictions);
        for (int i = 0; i < blind.size(); i++) {
            for (String column : Backtest.HEADER) {
                if (!column.startsWith("actual_")) {
                    assertThat(blind.get(i).get(column))
                            .as(column + " of " + blind.get(i).get(0))
                            .isEqualTo(predictions.get(i).get(column));
                }
            }
            assertThat(blind.get(i).get("actual_purchases")).isEmpty();
        }
        assertThat(Files.readAllLines(out.resolve("recommendations.csv")))
                .as("the same recommendations without anything after the calibration end")
                .isEqualTo(Files.readAllLines(report.resolve("recommendations.csv")));
        assertThat(Files.readString(out.resolve("report.md"))).contains("cannot be judged yet");
        assertThat(out.resolve("demand_accuracy.csv")).doesNotExist();
    }

    @Test
    void aHorizonLongerThanTheCalibrationPeriodIsJudgedWithoutTheRulesThatNeedOne() throws IOException {
        // 45 days to calibrate, 60 to judge: no customer was seen a horizon before the calibration end, as in the
        // field's 39 + 39-week CDNOW split. The rules cannot be fitted; everything else is written and judged.
        Path out = dir.resolve("short");
        runWith(
                List.of("--calibration-end", "2026-02-14", "--horizon-days", "60"),
                "--events",
                full.toString(),
                "--out",
                out.toString());

        List<CSVRecord> rows = read(out.resolve("predictions.csv"));
        assertThat(rows).isNotEmpty();
        for (CSVRecord r : rows) {
            assertThat(r.get("recency_p_purchase"))
                    .as("no rule to predict with")
                    .isEmpty();
            assertThat(r.get("frequency_p_purchase")).isEmpty();
            assertThat(Double.parseDouble(r.get("bgnbd_p_purchase"))).isBetween(0.0, 1.0);
            assertThat(r.get("actual_purchases")).isNotEmpty();
        }
        String text = Files.readString(out.resolve("report.md"));
        assertThat(text)
                .contains(RuleBaseline.NEEDS_A_HORIZON)
                .contains("made no forecast here: what ShopLens serves and the forest's column are the streaming")
                .contains("| BG/NBD |")
                .doesNotContain("| recency rule |");
        assertThat(out.resolve("demand_accuracy.csv")).exists();
    }

    @Test
    void rollingOriginsReportEachFigureOverTheOriginsAndKeepEachOriginsOwnBacktest() throws IOException {
        Path out = dir.resolve("rolling");
        runWith(
                List.of("--calibration-end", "2026-04-10", "--horizon-days", Integer.toString(HORIZON)),
                "--origins",
                "2",
                "--every",
                "14",
                "--events",
                full.toString(),
                "--out",
                out.toString());

        // The latest origin is the single backtest's split: the same predictions, customer by customer.
        List<CSVRecord> latest = read(out.resolve("origin-2026-04-10").resolve("predictions.csv"));
        assertThat(latest).hasSameSizeAs(predictions);
        for (int i = 0; i < latest.size(); i++) {
            assertThat(latest.get(i).get("p_purchase"))
                    .isEqualTo(predictions.get(i).get("p_purchase"));
        }
        List<CSVRecord> earlier = read(out.resolve("origin-2026-03-27").resolve("predictions.csv"));
        assertThat(earlier).isNotEmpty().hasSizeLessThanOrEqualTo(latest.size());

        List<CSVRecord> rolling = read(out.resolve("rolling.csv"));
        List<Double> shopLensAuc = rolling.stream()
                .filter(r -> r.get("kind").equals("purchase") && r.get("name").equals("ShopLens"))
                .map(r -> Double.parseDouble(r.get("auc")))
                .toList();
        assertThat(rolling.stream().map(r -> r.get("calibration_end")).distinct())
                .containsExactly("2026-03-27", "2026-04-10");
        assertThat(shopLensAuc).hasSize(2).allSatisfy(auc -> assertThat(auc).isGreaterThan(0.7));
        assertThat(rolling.stream().filter(r -> r.get("kind").equals("recommend")))
                .hasSize(6)
                .allSatisfy(r ->
                        assertThat(Double.parseDouble(r.get("recall_at_10"))).isBetween(0.0, 1.0));
        assertThat(rolling.stream().filter(r -> r.get("kind").equals("demand")))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(Double.parseDouble(r.get("wape"))).isPositive());

        String md = Files.readString(out.resolve("report.md"));
        double mean = (shopLensAuc.get(0) + shopLensAuc.get(1)) / 2;
        String shopLensRow =
                md.lines().filter(l -> l.startsWith("| ShopLens |")).findFirst().orElseThrow();
        System.out.println("rolling origins on the simulated shop: " + shopLensRow);
        assertThat(shopLensRow.split("\\|")[3].trim())
                .as("mean ± standard deviation over the origins")
                .startsWith(String.format(java.util.Locale.ROOT, "%.3f ± ", mean));
        assertThat(md)
                .contains("| BG/NBD |", "| LSTM |", " of 2 |", "Origin by origin, its AUC minus BG/NBD's is")
                .contains("Demand in the horizon over the origins", "origin-2026-03-27/report.md")
                .contains("Recommendations in the horizon over the origins");
        assertThat(Files.readString(out.resolve("report.html"))).contains("<table>");
    }

    @Test
    void optionsThatCannotMakeTheOriginsFailAtOnce() {
        for (String[] bad : List.of(new String[] {"--origins", "0"}, new String[] {"--origins", "2", "--every", "0"})) {
            List<String> all = new ArrayList<>(List.of(
                    "backtest",
                    "--calibration-end",
                    "2026-04-10",
                    "--events",
                    full.toString(),
                    "--out",
                    dir.resolve("bad").toString()));
            all.addAll(List.of(bad));
            assertThat(new CommandLine(new ShopLensCli()).execute(all.toArray(String[]::new)))
                    .as(String.join(" ", bad))
                    .isNotZero();
            assertThat(dir.resolve("bad")).doesNotExist();
        }
    }

    private static Path writeEvents(String name, Predicate<Instant> keep) throws IOException {
        SimulatedShop shop = new SimulatedShop(new ShopConfig(42, 400, 40, START));
        EventCodec codec = new EventCodec(EventLimits.DEFAULTS);
        List<String> lines = new ArrayList<>();
        Instant end = CUTOFF.plus(Duration.ofDays(HORIZON));
        while (shop.hasNext()) {
            ShopEvent e = shop.next();
            if (!e.time().isBefore(end)) {
                break;
            }
            if (keep.test(e.time())) {
                lines.add(codec.encode(e));
            }
        }
        return Files.write(dir.resolve(name), lines);
    }

    private static void run(String... args) {
        runWith(List.of("--calibration-end", "2026-04-10", "--horizon-days", Integer.toString(HORIZON)), args);
    }

    private static void runWith(List<String> split, String... args) {
        List<String> all = new ArrayList<>(List.of("backtest"));
        all.addAll(split);
        all.addAll(List.of(args));
        assertThat(new CommandLine(new ShopLensCli()).execute(all.toArray(String[]::new)))
                .isZero();
    }

    private static List<CSVRecord> read(Path csv) throws IOException {
        try (Reader r = Files.newBufferedReader(csv)) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(r)
                    .getRecords();
        }
    }
}
