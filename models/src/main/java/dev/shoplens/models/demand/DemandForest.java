package dev.shoplens.models.demand;

import dev.shoplens.models.registry.Provenances;
import java.util.ArrayList;
import java.util.List;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.impl.ArrayExample;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

/**
 * A fitted global demand model: for a product at an origin it forecasts each of the days ahead as the product's
 * scale times the forest's ratio for that day's weekday. The forecast is never negative.
 */
public final class DemandForest {

    private final Model<Regressor> model;
    private final ForestSettings settings;
    private final int trainingRows;

    DemandForest(Model<Regressor> model, ForestSettings settings, int trainingRows) {
        this.model = model;
        this.settings = settings;
        this.trainingRows = trainingRows;
    }

    /** Expected demand of product {@code p} for each of the {@code days} days after day index {@code t}. */
    public double[] forecast(DailyDemand d, int p, int t, int days) {
        double scale = DemandFeatures.scale(d, p, t);
        double[] mean = new double[days];
        if (scale == 0) {
            return mean; // nothing sold in eight weeks: the forest has no level to scale
        }
        double[] byWeekday = new double[7];
        List<ArrayExample<Regressor>> examples = new ArrayList<>();
        for (int w = 0; w < 7; w++) {
            examples.add(new ArrayExample<>(
                    RegressionFactory.UNKNOWN_REGRESSOR, DemandFeatures.NAMES, DemandFeatures.of(d, p, t, w)));
        }
        List<Prediction<Regressor>> predictions = model.predict(List.copyOf(examples));
        for (int w = 0; w < 7; w++) {
            byWeekday[w] = Math.max(0, predictions.get(w).getOutput().getValues()[0]) * scale;
        }
        for (int h = 1; h <= days; h++) {
            mean[h - 1] = byWeekday[d.weekday(t + h)];
        }
        return mean;
    }

    public ForestSettings settings() {
        return settings;
    }

    public int trainingRows() {
        return trainingRows;
    }

    /** Tribuo's provenance of the forest (trainer settings, seed, data counts, versions) as JSON. */
    public String provenanceJson() {
        return Provenances.json(model);
    }

    /** The forest as Tribuo's protobuf. */
    public byte[] toBytes() {
        return model.serialize().toByteArray();
    }
}
