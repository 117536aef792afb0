package dev.shoplens.models.features;

import dev.shoplens.features.CustomerFeature;
import dev.shoplens.features.CustomerFeatures;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Puts features on one scale: counts, money and days through {@code log(1 + x)}, then every feature standardised
 * to mean 0 and standard deviation 1, clipped to ±{@value #CLIP}. Fitted once on a full retrain and then frozen:
 * a warm-started version must see its inputs on the scale its weights were learnt on. An unknown value scales to
 * 0, the mean, so it adds nothing to a score.
 */
public final class FeatureScaler implements Serializable {

    private static final long serialVersionUID = 1L;
    static final double CLIP = 5;

    private final List<CustomerFeature> features;
    private final double[] means;
    private final double[] deviations;

    public FeatureScaler(List<CustomerFeature> features, double[] means, double[] deviations) {
        if (features.size() != means.length || features.size() != deviations.length) {
            throw new IllegalArgumentException("one mean and one deviation per feature");
        }
        this.features = List.copyOf(features);
        this.means = means.clone();
        this.deviations = deviations.clone();
    }

    /** Fits the scaling of {@code features} on {@code rows}. */
    public static FeatureScaler fit(List<CustomerFeature> features, Collection<CustomerFeatures> rows) {
        return ofTransformed(features, transformAll(features, rows));
    }

    /**
     * Fits the scaling on {@code rows} and scales them with it, each value transformed once: a full retrain needs
     * both, and the logarithms were a tenth of a retrain's time when worked out twice. The same values as
     * {@link #fit} and then {@link #scale(CustomerFeatures)} on each row.
     */
    public static Fitted fitAndScale(List<CustomerFeature> features, Collection<CustomerFeatures> rows) {
        double[][] values = transformAll(features, rows);
        FeatureScaler scaler = ofTransformed(features, values);
        for (double[] row : values) {
            for (int i = 0; i < row.length; i++) {
                row[i] = scaler.standardise(i, row[i]);
            }
        }
        return new Fitted(scaler, values);
    }

    /** A scaling fitted on some rows, and those rows on it, in their order. */
    public record Fitted(FeatureScaler scaler, double[][] rows) {}

    /** Each row's features on the log scale (NaN for an unknown value), in the order of {@code features}. */
    private static double[][] transformAll(List<CustomerFeature> features, Collection<CustomerFeatures> rows) {
        CustomerFeature[] columns = features.toArray(CustomerFeature[]::new);
        double[][] values = new double[rows.size()][];
        int r = 0;
        for (CustomerFeatures row : rows) {
            double[] v = new double[columns.length];
            for (int i = 0; i < columns.length; i++) {
                v[i] = transform(columns[i], ModelFeatures.raw(columns[i], row));
            }
            values[r++] = v;
        }
        return values;
    }

    private static FeatureScaler ofTransformed(List<CustomerFeature> features, double[][] values) {
        int n = features.size();
        double[] sum = new double[n];
        double[] sumSq = new double[n];
        long[] count = new long[n];
        for (double[] row : values) {
            for (int i = 0; i < n; i++) {
                double v = row[i];
                if (!Double.isNaN(v)) {
                    sum[i] += v;
                    sumSq[i] += v * v;
                    count[i]++;
                }
            }
        }
        double[] means = new double[n];
        double[] deviations = new double[n];
        for (int i = 0; i < n; i++) {
            means[i] = count[i] == 0 ? 0 : sum[i] / count[i];
            double variance = count[i] == 0 ? 0 : sumSq[i] / count[i] - means[i] * means[i];
            // A constant feature gets deviation 1: it then scales to 0 and carries no weight.
            deviations[i] = variance > 1e-12 ? Math.sqrt(variance) : 1;
        }
        return new FeatureScaler(features, means, deviations);
    }

    public double[] scale(CustomerFeatures row) {
        double[] scaled = new double[features.size()];
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] = scale(i, ModelFeatures.raw(features.get(i), row));
        }
        return scaled;
    }

    /** {@link #scale(CustomerFeatures)} of each row, in order. */
    public double[][] scaleAll(List<CustomerFeatures> rows) {
        double[][] scaled = new double[rows.size()][];
        for (int r = 0; r < scaled.length; r++) {
            scaled[r] = scale(rows.get(r));
        }
        return scaled;
    }

    public double scale(int index, double raw) {
        return standardise(index, transform(features.get(index), raw));
    }

    /** {@code z} of a value on the log scale, clipped; 0 for an unknown one. */
    private double standardise(int index, double v) {
        if (Double.isNaN(v)) {
            return 0;
        }
        double z = (v - means[index]) / deviations[index];
        return Math.max(-CLIP, Math.min(CLIP, z));
    }

    /** The transformed (log-scale) value that scales to {@code z}: how centroids move between two scalings. */
    public double unscale(int index, double z) {
        return means[index] + z * deviations[index];
    }

    /** {@code z} for a value already on the transformed (log) scale. */
    public double rescale(int index, double transformed) {
        return (transformed - means[index]) / deviations[index];
    }

    /** The raw value (days, orders, money) whose scaled value is {@code z}. */
    public double rawOf(int index, double z) {
        double v = unscale(index, z);
        return ModelFeatures.isShare(features.get(index)) ? v : Math.expm1(v);
    }

    static double transform(CustomerFeature feature, double raw) {
        if (Double.isNaN(raw)) {
            return raw;
        }
        return ModelFeatures.isShare(feature) ? raw : Math.log1p(Math.max(0, raw));
    }

    public List<CustomerFeature> features() {
        return features;
    }

    public String[] names() {
        return ModelFeatures.names(features);
    }

    public double[] means() {
        return means.clone();
    }

    public double[] deviations() {
        return deviations.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureScaler s
                && features.equals(s.features)
                && Arrays.equals(means, s.means)
                && Arrays.equals(deviations, s.deviations);
    }

    @Override
    public int hashCode() {
        return features.hashCode() * 31 + Arrays.hashCode(means);
    }
}
