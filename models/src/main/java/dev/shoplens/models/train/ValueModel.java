package dev.shoplens.models.train;

import com.oracle.labs.mlrg.olcut.util.Pair;
import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.models.features.FeatureScaler;
import dev.shoplens.models.labels.ModelKind;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.sgd.linear.LinearSGDModel;

/**
 * Expected orders and revenue over the value horizon: Tribuo linear regression on scaled features, with targets
 * divided by their training means ({@code targetScale}) so both outputs learn at one pace. Predictions are never
 * negative. Scoring reads the weights by feature and output name, as Tribuo's own prediction does.
 */
public record ValueModel(
        FeatureScaler scaler,
        LinearSGDModel model,
        double[] targetScale,
        double[][] weights,
        double[] bias,
        int horizonDays)
        implements ServableModel {

    public static final String ORDERS = "orders";
    public static final String REVENUE = "revenue";
    static final String[] OUTPUTS = {ORDERS, REVENUE};

    public static ValueModel of(FeatureScaler scaler, LinearSGDModel model, double[] targetScale, int horizonDays) {
        DenseMatrix w = model.getWeightsCopy();
        ImmutableFeatureMap features = model.getFeatureIDMap();
        String[] names = scaler.names();
        double[][] weights = new double[OUTPUTS.length][names.length];
        double[] bias = new double[OUTPUTS.length];
        for (Pair<Integer, Regressor> output : model.getOutputIDInfo()) {
            int o = java.util.Arrays.asList(OUTPUTS).indexOf(output.getB().getNames()[0]);
            for (int i = 0; i < names.length; i++) {
                int column = features.getID(names[i]);
                weights[o][i] = column < 0 ? 0 : w.get(output.getA(), column);
            }
            bias[o] = w.get(output.getA(), features.size());
        }
        return new ValueModel(scaler, model, targetScale.clone(), weights, bias, horizonDays);
    }

    public double expectedOrders(double[] scaled) {
        return predict(0, scaled);
    }

    public double expectedRevenue(double[] scaled) {
        return predict(1, scaled);
    }

    public double expectedOrders(CustomerFeatures features) {
        return expectedOrders(scaler.scale(features));
    }

    private double predict(int output, double[] scaled) {
        double y = bias[output];
        for (int i = 0; i < scaled.length; i++) {
            y += weights[output][i] * scaled[i];
        }
        return Math.max(0, y * targetScale[output]);
    }

    @Override
    public ModelKind kind() {
        return ModelKind.VALUE;
    }

    @Override
    public LinearSGDModel tribuoModel() {
        return model;
    }
}
