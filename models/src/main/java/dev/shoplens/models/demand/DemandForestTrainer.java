package dev.shoplens.models.demand;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.common.tree.RandomForestTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.ensemble.AveragingCombiner;
import org.tribuo.regression.rtree.CARTRegressionTrainer;
import org.tribuo.regression.rtree.impurity.MeanSquaredError;

/**
 * Fits the global demand forest on every product's history: one example per product, weekly origin and weekday,
 * whose target is that weekday's mean demand over the four weeks after the origin, both over the product's scale.
 * An example weighs its product's scale, so that a product weighs by its units as it does in WAPE and in stock,
 * but less than in proportion (squared error on ratios times the scale is squared error in units over the scale).
 */
public final class DemandForestTrainer {

    /** The weeks after an origin a target spans. */
    static final int TARGET_WEEKS = 4;

    /** A product must have sold for this many days at an origin to learn from it. */
    static final int MIN_AGE_DAYS = 28;

    /** Bagging logs a line per tree; held here, since the logging system keeps its loggers only weakly. */
    private static final java.util.logging.Logger BAGGING_LOG =
            java.util.logging.Logger.getLogger("org.tribuo.ensemble.BaggingTrainer");

    static {
        BAGGING_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private final ForestSettings settings;

    public DemandForestTrainer(ForestSettings settings) {
        this.settings = settings;
    }

    /**
     * Fits on the days up to {@code lastKnown} (a day index) only: the newest origin is the last whose four weeks
     * after it are known, then one every week before it.
     */
    public DemandForest fit(DailyDemand d, int lastKnown) {
        RegressionFactory factory = new RegressionFactory();
        MutableDataset<Regressor> data = new MutableDataset<>(
                new SimpleDataSourceProvenance(
                        "product days to " + d.day(lastKnown),
                        OffsetDateTime.of(d.day(lastKnown).atStartOfDay(), ZoneOffset.UTC),
                        factory),
                factory);
        int newestOrigin = lastKnown - TARGET_WEEKS * 7;
        for (int o = 0; o < settings.origins(); o++) {
            int t = newestOrigin - 7 * o;
            for (int p = 0; p < d.products().size(); p++) {
                addExamples(data, d, p, t);
            }
        }
        if (data.size() == 0) {
            throw new IllegalArgumentException("no product has " + MIN_AGE_DAYS + " days of sales before "
                    + d.day(Math.max(newestOrigin, 0)) + " to learn from");
        }
        Model<Regressor> model = trainer().train(data);
        return new DemandForest(model, settings, data.size());
    }

    private static void addExamples(MutableDataset<Regressor> data, DailyDemand d, int p, int t) {
        if (t < 0 || t - d.firstSale(p) + 1 < MIN_AGE_DAYS) {
            return;
        }
        double scale = DemandFeatures.scale(d, p, t);
        if (scale == 0) {
            return; // the forest forecasts no demand for such products anyway
        }
        for (int w = 0; w < 7; w++) {
            ArrayExample<Regressor> example = new ArrayExample<>(
                    new Regressor(Regressor.DEFAULT_NAME, DemandFeatures.target(d, p, t, w, TARGET_WEEKS)),
                    DemandFeatures.NAMES,
                    DemandFeatures.of(d, p, t, w));
            example.setWeight((float) scale);
            data.add(example);
        }
    }

    private RandomForestTrainer<Regressor> trainer() {
        CARTRegressionTrainer tree = new CARTRegressionTrainer(
                settings.maxDepth(),
                settings.minChildWeight(),
                0.0f,
                settings.featureFraction(),
                false,
                new MeanSquaredError(),
                settings.seed());
        return new RandomForestTrainer<>(tree, new AveragingCombiner(), settings.trees(), settings.seed());
    }
}
