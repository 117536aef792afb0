package dev.shoplens.retrain.demand;

import dev.shoplens.forecast.DemandPath;
import dev.shoplens.forecast.ProductRefit;
import dev.shoplens.jobs.forecast.DemandScore;
import dev.shoplens.models.demand.DailyDemand;
import dev.shoplens.models.demand.DemandForest;
import dev.shoplens.models.demand.DemandForestTrainer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The nightly demand refit's arithmetic. The latest {@code holdoutDays} days are held out: a forest fitted on the
 * days before them and the streaming forecaster replayed up to them both forecast them, and the forest serves a
 * product whose error on them (WAPE; the same absolute error, as both are measured on the same units) is smaller than
 * the streaming forecast's by the settings' margin. A closer call and a product too new to have days before the
 * held-out ones keep the streaming forecast, which follows each day as it closes. (A product without a sale in the
 * eight weeks before has no level for the forest to scale: the forest forecasts it none, and serves it only where
 * none was clearly closer.) Then a forest fitted on every day forecasts each product
 * from the last closed day.
 *
 * <p>The forest's band: each day's variance is the product's squared error on the held-out days shared out over the
 * days in proportion to their expected demand, and a day has the product's recent share of days without demand as
 * its chance of none, as the streaming forecast's band is made (see {@code SeriesModel}).
 */
public final class DemandRefit {

    /** A band's days without demand are counted over these last days. */
    static final int NO_DEMAND_DAYS = 56;

    static final double MAX_NO_DEMAND = 0.98;

    private final RefitSettings settings;

    public DemandRefit(RefitSettings settings) {
        this.settings = settings;
    }

    /** The night after {@code d}'s last day. */
    public RefitNight run(DailyDemand d) {
        int last = d.days() - 1;
        int origin = last - settings.holdoutDays();
        DemandForest heldOut = new DemandForestTrainer(settings.forest()).fit(d, origin);
        DemandForest forest = new DemandForestTrainer(settings.forest()).fit(d, last);
        List<ProductRefit> products = new ArrayList<>();
        DemandScore nightly = DemandScore.ZERO;
        DemandScore streaming = DemandScore.ZERO;
        DemandScore chosen = DemandScore.ZERO;
        for (int p = 0; p < d.products().size(); p++) {
            Judged judged = judge(d, p, origin, heldOut);
            double[] mean = forest.forecast(d, p, last, settings.forecastDays());
            products.add(verdict(d, p, judged, band(d, p, mean, judged.nightlyPath())));
            if (judged.comparable()) {
                nightly = nightly.add(judged.nightly());
                streaming = streaming.add(judged.streaming());
                chosen = chosen.add(judged.forestWins(settings.margin()) ? judged.nightly() : judged.streaming());
            }
        }
        return new RefitNight(d.day(last), List.copyOf(products), forest, nightly, streaming, chosen);
    }

    /** Both forecasts of one product on the held-out days, and their errors. */
    private record Judged(
            boolean comparable,
            String streamingMethod,
            double[] actual,
            DemandPath nightlyPath,
            DemandScore nightly,
            DemandScore streaming,
            DemandScore naive) {

        boolean forestWins(double margin) {
            return comparable && nightly.absoluteError() < (1 - margin) * streaming.absoluteError();
        }
    }

    private Judged judge(DailyDemand d, int p, int origin, DemandForest heldOut) {
        int h = settings.holdoutDays();
        double[] actual = new double[h];
        for (int i = 0; i < h; i++) {
            actual[i] = d.units(p, origin + 1 + i);
        }
        if (d.firstSale(p) > origin) {
            return new Judged(false, "", actual, null, DemandScore.ZERO, DemandScore.ZERO, DemandScore.ZERO);
        }
        double[] past = Arrays.copyOfRange(d.history(p), 0, origin - d.firstSale(p) + 1);
        long firstDay = d.day(d.firstSale(p)).toEpochDay();
        StreamingReplay.Forecast replay = StreamingReplay.of(past, firstDay, h);
        double[] nightlyMean = heldOut.forecast(d, p, origin, h);
        DemandPath nightlyPath = new DemandPath(nightlyMean, nightlyMean); // the band is not scored here
        double naiveScale = DemandScore.seasonalNaiveScale(past);
        return new Judged(
                true,
                replay.method(),
                actual,
                nightlyPath,
                DemandScore.ZERO.plus(nightlyPath, actual, naiveScale),
                DemandScore.ZERO.plus(replay.path(), actual, naiveScale),
                DemandScore.ZERO.plus(replay.naive(), actual, naiveScale));
    }

    private ProductRefit verdict(DailyDemand d, int p, Judged j, DemandPath forecast) {
        return new ProductRefit(
                d.products().get(p),
                d.day(d.days() - 1),
                j.forestWins(settings.margin()) ? ProductRefit.NIGHTLY : ProductRefit.STREAMING,
                j.streamingMethod(),
                settings.holdoutDays(),
                j.nightly().actual() > 0 ? j.nightly().actual() : units(j.actual()),
                j.nightly().absoluteError(),
                j.streaming().absoluteError(),
                finite(j.nightly().wape()),
                finite(j.nightly().bias()),
                finite(j.streaming().wape()),
                finite(j.naive().wape()),
                forecast);
    }

    /** The forest's forecast with its band (see the class comment). */
    private static DemandPath band(DailyDemand d, int p, double[] mean, DemandPath heldOutPath) {
        double[] variance = mean.clone(); // Poisson where nothing was held out to measure
        if (heldOutPath != null) {
            double mse = 0;
            double[] held = heldOutPath.mean();
            int h = held.length;
            int origin = d.days() - 1 - h;
            for (int i = 0; i < h; i++) {
                double e = held[i] - d.units(p, origin + 1 + i);
                mse += e * e / h;
            }
            double scale = 0;
            for (int i = 0; i < 7; i++) {
                scale += mean[i] / 7;
            }
            for (int i = 0; i < mean.length; i++) {
                variance[i] = scale > 0 ? mse * mean[i] / scale : 0;
            }
        }
        return new DemandPath(mean, variance, noDemand(d, p));
    }

    /** The share of the last {@value #NO_DEMAND_DAYS} days (since the first sale) without demand. */
    private static double noDemand(DailyDemand d, int p) {
        int last = d.days() - 1;
        int from = Math.max(last - NO_DEMAND_DAYS + 1, d.firstSale(p));
        int zeros = 0;
        for (int t = from; t <= last; t++) {
            zeros += d.units(p, t) == 0 ? 1 : 0;
        }
        return Math.min(zeros / (double) (last - from + 1), MAX_NO_DEMAND);
    }

    private static double units(double[] days) {
        return Arrays.stream(days).sum();
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
