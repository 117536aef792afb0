package dev.shoplens.launcher.backtest;

import dev.shoplens.jobs.forecast.DemandScore;
import dev.shoplens.models.baselines.BgNbd;
import dev.shoplens.models.metrics.ClassifierMetrics;
import dev.shoplens.models.recommend.RankingMetrics;
import dev.shoplens.store.read.ModelSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code report.md} and {@code report.html}: every figure of ShopLens' models beside the same figure for the
 * baselines on the same split, and how to read them. The HTML adds two charts (calibration and lift) as inline SVG,
 * so the report is one file that opens anywhere.
 */
final class BacktestReport {

    private static final String[] COLOURS = {"#1f6feb", "#d97706", "#16a34a", "#9333ea", "#dc2626"};

    private BacktestReport() {}

    static void write(Backtest.Result r, Path out) throws IOException {
        write("ShopLens backtest", sections(r), out);
    }

    /** The report of a backtest at several origins: each figure's mean, spread and range, and who won where. */
    static void writeRolling(List<Backtest.Result> results, Path out) throws IOException {
        write("ShopLens backtest over " + results.size() + " origins", rollingSections(results), out);
    }

    private static void write(String title, List<Section> sections, Path out) throws IOException {
        StringBuilder md = new StringBuilder("# " + title + "\n\n");
        StringBuilder html = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>"
                + ReportTable.escape(title)
                + "</title><style>body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}"
                + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.25em .6em;"
                + "text-align:right}th{background:#f4f4f4}td:first-child{text-align:left}</style></head><body>"
                + "<h1>" + ReportTable.escape(title) + "</h1>\n");
        for (Section s : sections) {
            md.append("## ").append(s.title).append("\n\n");
            html.append("<h2>").append(ReportTable.escape(s.title)).append("</h2>\n");
            for (String p : s.paragraphs) {
                md.append(p).append("\n\n");
                html.append("<p>").append(ReportTable.escape(p)).append("</p>\n");
            }
            for (ReportTable t : s.tables) {
                md.append(t.markdown()).append('\n');
                html.append(t.html());
            }
            if (s.svg != null) {
                html.append(s.svg);
            }
        }
        html.append("</body></html>\n");
        Files.writeString(out.resolve("report.md"), md);
        Files.writeString(out.resolve("report.html"), html);
    }

    private record Section(String title, List<String> paragraphs, List<ReportTable> tables, String svg) {}

    private static List<Section> rollingSections(List<Backtest.Result> results) {
        List<Backtest.Result> judged =
                results.stream().filter(Backtest.Result::judged).toList();
        List<Section> sections = new ArrayList<>();
        ReportTable origins =
                ReportTable.of("calibration end", "customers", "buyers in the horizon", "judged", "report");
        for (Backtest.Result r : results) {
            origins.row(
                    r.split().calibrationEnd().toString(),
                    String.format(Locale.ROOT, "%,d", r.customers().size()),
                    r.evaluations().isEmpty()
                            ? ""
                            : String.format(
                                    Locale.ROOT,
                                    "%,d",
                                    r.evaluations().get(0).metrics().positives()),
                    r.judged() ? "yes" : "no: the input ends first",
                    RollingOrigins.folder(Path.of(""), r.split()) + "/report.md");
        }
        sections.add(new Section("The origins", List.of(origins(results)), List.of(origins), null));
        if (judged.isEmpty()) {
            return sections;
        }
        ReportTable purchase = ReportTable.of(
                "predictor",
                "origins",
                "AUC",
                "AUC range",
                "log loss",
                "Brier",
                "predicted / actual orders",
                "best AUC on");
        for (RollingOrigins.ModelOverOrigins m : RollingOrigins.purchase(judged)) {
            purchase.row(
                    m.name(),
                    Integer.toString(m.auc().n()),
                    m.auc().text("%.3f"),
                    m.auc().range("%.3f"),
                    m.logLoss().text("%.4f"),
                    m.brier().text("%.4f"),
                    m.ordersRatio() == null ? "none" : m.ordersRatio().text("%.2f"),
                    m.best() + " of " + judged.size());
        }
        sections.add(new Section(
                "Purchase in the horizon over the origins",
                List.of(rollingVerdict(judged), ROLLING_READING, READING),
                List.of(purchase),
                null));
        ReportTable demand =
                ReportTable.of("forecaster", "origins", "WAPE", "WAPE range", "P10-P90 coverage", "lowest WAPE on");
        for (RollingOrigins.ForecasterOverOrigins f : RollingOrigins.demand(judged)) {
            demand.row(
                    f.name(),
                    Integer.toString(f.wape().n()),
                    f.wape().text("%.3f"),
                    f.wape().range("%.3f"),
                    f.coverage().text("%.3f"),
                    f.best() + " of " + judged.size());
        }
        sections.add(
                new Section("Demand in the horizon over the origins", List.of(DEMAND_READING), List.of(demand), null));
        ReportTable recommend = ReportTable.of(
                "recommender", "origins", "hit rate", "recall", "recall range", "NDCG", "highest recall on");
        for (RollingOrigins.RecommenderOverOrigins m : RollingOrigins.recommendations(judged)) {
            recommend.row(
                    m.name(),
                    Integer.toString(m.recall().n()),
                    m.hitRate().text("%.3f"),
                    m.recall().text("%.3f"),
                    m.recall().range("%.3f"),
                    m.ndcg().text("%.3f"),
                    m.best() + " of " + judged.size());
        }
        sections.add(new Section(
                "Recommendations in the horizon over the origins",
                List.of(RECOMMENDATION_READING),
                List.of(recommend),
                null));
        return sections;
    }

    static final String ROLLING_READING = "Each figure is the mean over the origins ± its standard deviation between"
            + " them; the range is the lowest and the highest origin. A difference between two models smaller than"
            + " the spread is what moving the calibration end by a few weeks does anyway: it is not a win.";

    private static String origins(List<Backtest.Result> results) {
        BacktestSplit first = results.get(0).split();
        BacktestSplit last = results.get(results.size() - 1).split();
        long every = results.size() > 1
                ? java.time.temporal.ChronoUnit.DAYS.between(
                        first.calibrationEnd(), results.get(1).split().calibrationEnd())
                : 0;
        return String.format(
                Locale.ROOT,
                "%d calibration ends %d days apart, from %s to %s, each judged on the %d days after it, each with its"
                        + " own models trained only on what came before it (its folder has everything a single"
                        + " backtest writes). rolling.csv has every figure of every origin.",
                results.size(),
                every,
                first.calibrationEnd(),
                last.calibrationEnd(),
                last.horizonDays());
    }

    private static String rollingVerdict(List<Backtest.Result> judged) {
        StringBuilder v = new StringBuilder();
        for (RollingOrigins.ModelOverOrigins m : RollingOrigins.purchase(judged)) {
            if (m.name().equals("ShopLens")) {
                v.append(String.format(
                        Locale.ROOT,
                        "ShopLens' purchase model had the best AUC on %d of %d origins.",
                        m.best(),
                        judged.size()));
            }
        }
        for (String against : List.of("BG/NBD", BacktestLstm.NAME)) {
            RollingOrigins.Spread d = RollingOrigins.aucDifference(judged, "ShopLens", against);
            if (d != null) {
                v.append(String.format(
                        Locale.ROOT,
                        " Origin by origin, its AUC minus %s's is %s (range %s)%s.",
                        against,
                        d.text("%+.3f"),
                        d.range("%+.3f"),
                        Double.isNaN(d.sd()) || Math.abs(d.mean()) > d.sd()
                                ? ""
                                : ": within the spread between origins"));
            }
        }
        return v.length() == 0
                ? "No ShopLens model to compare on any origin."
                : v.toString().trim();
    }

    private static List<Section> sections(Backtest.Result r) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("The split", List.of(split(r)), List.of(), null));
        sections.add(new Section("Models at the calibration end", List.of(models(r)), List.of(versions(r)), null));
        if (!r.judged()) {
            sections.add(new Section(
                    "Not judged yet",
                    List.of(String.format(
                            "The input ends on %s, before the horizon's last day %s: the predictions in"
                                    + " predictions.csv cannot be judged yet. Run the backtest again once the log"
                                    + " reaches that day.",
                            r.history().lastEvent(), r.split().horizonEnd().minusSeconds(1))),
                    List.of(),
                    null));
            return sections;
        }
        sections.add(new Section("Purchase in the horizon", List.of(verdict(r), READING), List.of(summary(r)), null));
        sections.add(new Section(
                "Calibration by decile",
                List.of("Mean predicted probability and observed purchase rate per tenth of the customers, lowest"
                        + " predictions first. A calibrated model's two columns agree."),
                List.of(calibration(r)),
                calibrationChart(r.evaluations())));
        sections.add(new Section(
                "Lift by decile",
                List.of("Each tenth's purchase rate over all customers' rate, highest predictions first: whom to"
                        + " call first."),
                List.of(lift(r)),
                liftChart(r.evaluations())));
        sections.add(new Section(
                "Demand in the horizon",
                List.of(DEMAND_READING, forestCoverage(r.demand(), r.split())),
                demandTables(r.demand()),
                null));
        sections.add(new Section(
                "Recommendations in the horizon",
                List.of(recommendationVerdict(r.recommendations()), RECOMMENDATION_READING),
                List.of(recommendationTable(r.recommendations().metrics())),
                null));
        return sections;
    }

    static final String RECOMMENDATION_READING = "Ten products for every customer who bought before the calibration"
            + " end (recommendations.csv, with the reason for each), fitted on the calibration period's purchases"
            + " alone: the customer's own products and what the customers who buy most like them bought, lifted by"
            + " how many customers buy each product lately. Judged on the customers who bought in the horizon: hit"
            + " rate (at least one of the ten bought), precision (of the ten), recall (of what they bought) and NDCG"
            + " (hits near the top count more), each at 10, beside the most popular products of the last 28 days and"
            + " the customer's own most often bought products filled up with popular ones.";

    static String recommendationVerdict(BacktestRecommendations.Result r) {
        RankingMetrics shopLens = r.metrics().get(BacktestRecommendations.SHOPLENS);
        RankingMetrics own = r.metrics().get(BacktestRecommendations.OWN);
        if (r.customers() == 0) {
            return "No recommendations: the input names fewer than two products (a log without a product column).";
        }
        if (shopLens == null || own == null || !(own.recall() > 0)) {
            return String.format(
                    Locale.ROOT,
                    "%,d customers got a list; %s",
                    r.customers(),
                    shopLens == null
                            ? "not judged: the input ends first."
                            : "no buyer in the horizon to judge them on.");
        }
        return String.format(
                Locale.ROOT,
                "%,d customers got a list, %,d of them bought in the horizon. ShopLens' recall at 10 is %.3f"
                        + " against %.3f for the customer's own products (%+.0f%%).",
                r.customers(),
                shopLens.customers(),
                shopLens.recall(),
                own.recall(),
                100 * (shopLens.recall() / own.recall() - 1));
    }

    static ReportTable recommendationTable(Map<String, RankingMetrics> metrics) {
        ReportTable t = ReportTable.of("recommender", "buyers judged", "hit rate", "precision", "recall", "NDCG");
        metrics.forEach((name, m) -> t.row(
                name,
                String.format(Locale.ROOT, "%,d", m.customers()),
                f3(m.hitRate()),
                f3(m.precision()),
                f3(m.recall()),
                f3(m.ndcg())));
        return t;
    }

    static final String READING = "How to read: AUC is the chance that a customer who bought is ranked above one"
            + " who did not (0.5 is guessing); log loss and Brier score judge the probabilities themselves (lower is"
            + " better); predicted orders should come close to the orders that came, and MAE is the mean error per"
            + " customer. The recency and frequency rules predict for each bucket of customers what that bucket did"
            + " over the last horizon before the calibration end; BG/NBD (Fader, Hardie & Lee 2005) is fitted by"
            + " maximum likelihood on the calibration period.";

    static final String DEMAND_READING = "Daily units sold net of returns for every product sold before the"
            + " calibration end (forecasts in demand_forecast.csv). WAPE: absolute error over units sold; bias:"
            + " over- (+) or under-forecast (-) as a share of units; MASE: mean absolute error over the in-sample"
            + " error of 'same weekday last week' (below 1 beats it), averaged over products; coverage: share of"
            + " product-days whose units fell inside the P10-P90 band (80% for an honest band). ShopLens serves each"
            + " product the nightly forest's forecast (refitted as on the night of the calibration end) where it beat"
            + " the streaming forecast on the product's latest 28 days by the nightly margin, else the streaming one;"
            + " both are also scored alone.";

    /** Where the forest's column is really the streaming forecast: it forecasts fewer days than a long horizon. */
    static String forestCoverage(DemandBacktest.Result demand, BacktestSplit split) {
        if (demand.forestProducts() == 0) {
            return String.format(
                    Locale.ROOT,
                    "The nightly forest forecasts fewer days than this %d-day horizon, so it made no forecast here:"
                            + " what ShopLens serves and the forest's column are the streaming forecast.",
                    split.horizonDays());
        }
        return String.format(
                Locale.ROOT,
                "The nightly forest forecast %,d of the %,d products over the whole horizon; for the others its"
                        + " column is the streaming forecast.",
                demand.forestProducts(),
                demand.products().size());
    }

    private static List<ReportTable> demandTables(DemandBacktest.Result demand) {
        ReportTable overall = ReportTable.of("forecaster", "WAPE", "bias", "MASE", "P10-P90 coverage");
        demand.scores()
                .forEach((name, s) -> overall.row(name, f3(s.wape()), f3(s.bias()), f3(s.mase()), pct(s.coverage())));
        ReportTable top = ReportTable.of(
                "product (top 20 by units)",
                "method",
                "units",
                "WAPE",
                "WAPE seasonal naive",
                "WAPE moving average",
                "MASE");
        demand.products().stream()
                .sorted(java.util.Comparator.comparingDouble(DemandBacktest.ProductForecast::units)
                        .reversed())
                .limit(20)
                .forEach(p -> {
                    List<DemandScore> s = List.copyOf(DemandBacktest.scoresOf(p).values());
                    top.row(
                            p.productId(),
                            p.method(),
                            String.format(Locale.ROOT, "%,.0f", p.units()),
                            f3(s.get(0).wape()),
                            f3(s.get(1).wape()),
                            f3(s.get(2).wape()),
                            f3(s.get(0).mase()));
                });
        return List.of(overall, top);
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }

    private static String split(Backtest.Result r) {
        BacktestSplit s = r.split();
        return String.format(
                Locale.ROOT,
                "Calibration up to %s (events before %s: features and models); horizon of %d days to %s (only to"
                        + " judge). %,d events read, %,d skipped (rejected or duplicate); %,d customers seen before"
                        + " the calibration end; last event %s.",
                s.calibrationEnd(),
                s.cutoff(),
                s.horizonDays(),
                s.horizonEnd(),
                r.history().accepted(),
                r.history().skipped(),
                r.customers().size(),
                r.history().lastEvent());
    }

    private static String models(Backtest.Result r) {
        BgNbd m = r.bgNbd();
        String shopLens = r.predictors().stream().anyMatch(p -> p.name().equals("ShopLens"))
                ? "ShopLens' purchase model predicts a purchase within the horizon, its value model the orders in"
                        + " it; both were trained by the feature job on labels that matured before the calibration"
                        + " end."
                : "ShopLens' purchase or value model had no serving version by the calibration end (too few"
                        + " matured labels): only the baselines are reported.";
        boolean rules = r.predictors().stream().anyMatch(p -> p.name().equals(RuleBaseline.Rule.RECENCY.label));
        return String.format(
                Locale.ROOT,
                "%s %s %sBG/NBD fit (weeks): r = %.3f, alpha = %.3f, a = %.3f, b = %.3f.",
                shopLens,
                lstm(r),
                rules ? "" : RuleBaseline.NEEDS_A_HORIZON + " ",
                m.r(),
                m.alpha(),
                m.a(),
                m.b());
    }

    /** How the nightly LSTM was trained, as the nightly job would have on the night of the calibration end. */
    private static String lstm(Backtest.Result r) {
        if (r.lstm().isEmpty()) {
            return "The calibration period is too short to train the nightly LSTM (no matured labels at its cut-offs).";
        }
        BacktestLstm.Trained l = r.lstm().get();
        List<java.time.Instant> cuts = l.cutOffs().training();
        return String.format(
                Locale.ROOT,
                "The nightly LSTM (%d days of orders, spend, returns, views and cart adds per customer; seed %d) was"
                        + " trained as on the night of %s, on a purchase within the horizon: %,d training and %,d"
                        + " validation sequences at %d weekly cut-offs from %s to %s, %d epochs (best %d), %.0f s,"
                        + " %,.0f sequences/s on %d thread(s); it predicts no order counts.",
                l.run().model().days(),
                BacktestLstm.SETTINGS.seed(),
                l.cutOffs().scoring(),
                l.run().trainingSequences(),
                l.run().validationSequences(),
                cuts.size(),
                cuts.get(cuts.size() - 1),
                cuts.get(0),
                l.run().epochs(),
                l.run().bestEpoch(),
                l.run().seconds(),
                l.run().sequencesPerSecond(),
                BacktestLstm.THREADS);
    }

    private static ReportTable versions(Backtest.Result r) {
        ReportTable t = ReportTable.of("model", "versions", "serving", "training rows", "trained up to");
        for (String kind : List.of("purchase", "churn", "value", "segments")) {
            List<ModelSummary> ofKind = r.trained().versions().stream()
                    .filter(v -> v.kind().equals(kind))
                    .toList();
            ModelSummary serving = ofKind.stream()
                    .filter(ModelSummary::serving)
                    .reduce((a, b) -> b)
                    .orElse(null);
            t.row(
                    kind,
                    Integer.toString(ofKind.size()),
                    serving == null ? "none" : "v" + serving.version(),
                    serving == null ? "" : String.format(Locale.ROOT, "%,d", serving.trainingRows()),
                    serving == null ? "" : serving.trainedAt().toString());
        }
        return t;
    }

    private static String verdict(Backtest.Result r) {
        Evaluation shopLens = r.evaluation("ShopLens");
        Evaluation bgNbd = r.evaluation("BG/NBD");
        if (shopLens == null) {
            return "No ShopLens model to compare: see above.";
        }
        double d = shopLens.metrics().auc() - bgNbd.metrics().auc();
        return String.format(
                        Locale.ROOT,
                        "ShopLens' purchase model %s BG/NBD on AUC (%.3f against %.3f) and %s it on log loss (%.4f against"
                                + " %.4f).%s",
                        d > 0 ? "beats" : "does not beat",
                        shopLens.metrics().auc(),
                        bgNbd.metrics().auc(),
                        shopLens.metrics().logLoss() < bgNbd.metrics().logLoss() ? "beats" : "does not beat",
                        shopLens.metrics().logLoss(),
                        bgNbd.metrics().logLoss(),
                        d > 0 ? "" : " Closing that gap is the next thing to improve.")
                + lstmVerdict(r, shopLens);
    }

    private static String lstmVerdict(Backtest.Result r, Evaluation shopLens) {
        Evaluation lstm = r.evaluation(BacktestLstm.NAME);
        if (lstm == null) {
            return "";
        }
        return String.format(
                Locale.ROOT,
                " The nightly LSTM reaches AUC %.3f and log loss %.4f on the same customers, against the purchase"
                        + " model's %.3f and %.4f.",
                lstm.metrics().auc(),
                lstm.metrics().logLoss(),
                shopLens.metrics().auc(),
                shopLens.metrics().logLoss());
    }

    private static ReportTable summary(Backtest.Result r) {
        ReportTable t = ReportTable.of(
                "predictor",
                "AUC",
                "log loss",
                "Brier",
                "buyers",
                "customers",
                "predicted orders",
                "actual orders",
                "MAE orders");
        for (Evaluation e : r.evaluations()) {
            ClassifierMetrics m = e.metrics();
            t.row(
                    e.name(),
                    f3(m.auc()),
                    f4(m.logLoss()),
                    f4(m.brier()),
                    String.format(Locale.ROOT, "%,d", m.positives()),
                    String.format(Locale.ROOT, "%,d", m.rows()),
                    e.predictedOrdersText(),
                    String.format(Locale.ROOT, "%,.0f", e.actualOrders()),
                    e.ordersMaeText());
        }
        return t;
    }

    private static ReportTable calibration(Backtest.Result r) {
        List<String> header = new ArrayList<>(List.of("decile"));
        r.evaluations().forEach(e -> {
            header.add(e.name() + " predicted");
            header.add(e.name() + " observed");
        });
        ReportTable t = new ReportTable(header, new ArrayList<>());
        for (int d = 0; d < 10; d++) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(d + 1)));
            for (Evaluation e : r.evaluations()) {
                ClassifierMetrics.Decile decile = decile(e, d);
                row.add(decile == null ? "" : f3(decile.meanPredicted()));
                row.add(decile == null ? "" : f3(decile.observedRate()));
            }
            t.rows().add(row);
        }
        return t;
    }

    private static ClassifierMetrics.Decile decile(Evaluation e, int d) {
        List<ClassifierMetrics.Decile> deciles = e.metrics().calibration();
        return d < deciles.size() ? deciles.get(d) : null;
    }

    private static ReportTable lift(Backtest.Result r) {
        List<String> header = new ArrayList<>(List.of("decile (top first)"));
        r.evaluations().forEach(e -> header.add(e.name()));
        ReportTable t = new ReportTable(header, new ArrayList<>());
        for (int d = 0; d < 10; d++) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(d + 1)));
            for (Evaluation e : r.evaluations()) {
                double[] lift = e.liftTopFirst();
                row.add(d < lift.length ? String.format(Locale.ROOT, "%.2f", lift[d]) : "");
            }
            t.rows().add(row);
        }
        return t;
    }

    /** Observed rate against mean prediction per decile, one line per predictor, with the diagonal. */
    private static String calibrationChart(List<Evaluation> evaluations) {
        Svg svg = new Svg(1, 1, "mean predicted probability", "observed purchase rate");
        svg.line(List.of(new double[] {0, 0}, new double[] {1, 1}), "#999");
        for (int i = 0; i < evaluations.size(); i++) {
            List<double[]> points = evaluations.get(i).metrics().calibration().stream()
                    .map(d -> new double[] {d.meanPredicted(), d.observedRate()})
                    .toList();
            svg.line(points, COLOURS[i % COLOURS.length]);
        }
        return svg.legend(evaluations.stream().map(Evaluation::name).toList(), COLOURS)
                .end();
    }

    /** Lift per decile, top first, one line per predictor. */
    private static String liftChart(List<Evaluation> evaluations) {
        double max = evaluations.stream()
                .flatMapToDouble(e -> java.util.Arrays.stream(e.liftTopFirst()))
                .filter(Double::isFinite)
                .max()
                .orElse(1);
        Svg svg = new Svg(10, Math.ceil(max), "decile (top first)", "lift");
        for (int i = 0; i < evaluations.size(); i++) {
            double[] lift = evaluations.get(i).liftTopFirst();
            List<double[]> points = new ArrayList<>();
            for (int d = 0; d < lift.length; d++) {
                points.add(new double[] {d + 1, lift[d]});
            }
            svg.line(points, COLOURS[i % COLOURS.length]);
        }
        return svg.legend(evaluations.stream().map(Evaluation::name).toList(), COLOURS)
                .end();
    }

    private static String f3(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static String f4(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    /** A small line chart: axes from 0 to the given maxima, polylines with dots, a legend. */
    private static final class Svg {
        private static final int W = 520;
        private static final int H = 320;
        private static final int PAD = 48;
        private final double maxX;
        private final double maxY;
        private final StringBuilder s = new StringBuilder();

        Svg(double maxX, double maxY, String xLabel, String yLabel) {
            this.maxX = maxX;
            this.maxY = maxY;
            s.append(String.format(
                    Locale.ROOT,
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-size=\"11\">"
                            + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>"
                            + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>"
                            + "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>"
                            + "<text x=\"12\" y=\"%d\" transform=\"rotate(-90 12 %d)\" text-anchor=\"middle\">%s</text>"
                            + "<text x=\"%d\" y=\"%d\">0</text><text x=\"%d\" y=\"%d\">%s</text>"
                            + "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>",
                    W,
                    H,
                    PAD,
                    H - PAD,
                    W - PAD,
                    H - PAD,
                    PAD,
                    PAD,
                    PAD,
                    H - PAD,
                    W / 2,
                    H - 10,
                    ReportTable.escape(xLabel),
                    H / 2,
                    H / 2,
                    ReportTable.escape(yLabel),
                    PAD - 12,
                    H - PAD + 14,
                    W - PAD - 10,
                    H - PAD + 14,
                    trim(maxX),
                    PAD - 4,
                    PAD + 4,
                    trim(maxY)));
        }

        void line(List<double[]> points, String colour) {
            StringBuilder p = new StringBuilder();
            for (double[] xy : points) {
                if (Double.isFinite(xy[0]) && Double.isFinite(xy[1])) {
                    p.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(xy[0]), y(xy[1])));
                    s.append(String.format(
                            Locale.ROOT,
                            "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\"/>",
                            x(xy[0]),
                            y(xy[1]),
                            colour));
                }
            }
            s.append("<polyline fill=\"none\" stroke=\"")
                    .append(colour)
                    .append("\" stroke-width=\"1.5\" points=\"")
                    .append(p.toString().trim())
                    .append("\"/>");
        }

        Svg legend(List<String> names, String[] colours) {
            for (int i = 0; i < names.size(); i++) {
                s.append(String.format(
                        Locale.ROOT,
                        "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/><text x=\"%d\" y=\"%d\">%s</text>",
                        PAD + 10,
                        PAD + i * 16,
                        colours[i % colours.length],
                        PAD + 25,
                        PAD + 9 + i * 16,
                        ReportTable.escape(names.get(i))));
            }
            return this;
        }

        String end() {
            return s.append("</svg>\n").toString();
        }

        private double x(double v) {
            return PAD + (W - 2 * PAD) * v / maxX;
        }

        private double y(double v) {
            return H - PAD - (H - 2 * PAD) * Math.min(v, maxY) / maxY;
        }

        private static String trim(double v) {
            return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
        }
    }
}
