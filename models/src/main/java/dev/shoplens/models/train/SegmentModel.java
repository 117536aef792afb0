package dev.shoplens.models.train;

import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.models.features.FeatureScaler;
import dev.shoplens.models.labels.ModelKind;
import java.util.List;
import org.tribuo.Feature;
import org.tribuo.clustering.kmeans.KMeansModel;

/**
 * Customer segments: Tribuo k-means centroids over scaled value and behaviour features. Centroid {@code k} (Tribuo's
 * cluster k) is segment {@code ids[k]}, named {@code names[k]}; ids carry over from version to version.
 *
 * @param centroids scaled centroids in the scaler's feature order
 * @param sizes customers in each centroid's cluster when it was fitted
 */
public record SegmentModel(
        FeatureScaler scaler, KMeansModel model, double[][] centroids, int[] ids, List<String> names, long[] sizes)
        implements ServableModel {

    /** A segment: its stable id and name. */
    public record Segment(int id, String name) {}

    public Segment assign(CustomerFeatures features) {
        return segment(nearest(scaler.scale(features)));
    }

    public Segment segment(int row) {
        return new Segment(ids[row], names.get(row));
    }

    /** The row of the centroid nearest to {@code scaled} (Euclidean), as k-means assigns. */
    public int nearest(double[] scaled) {
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int k = 0; k < centroids.length; k++) {
            double d = 0;
            for (int i = 0; i < scaled.length; i++) {
                double diff = scaled[i] - centroids[k][i];
                d += diff * diff;
            }
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best;
    }

    /** Tribuo's centroids (cluster k at row k), their values put in the order of {@code names}. */
    public static double[][] centroidsOf(KMeansModel model, List<String> names) {
        List<List<Feature>> byCluster = model.getCentroids();
        double[][] centroids = new double[byCluster.size()][names.size()];
        for (int k = 0; k < centroids.length; k++) {
            for (Feature f : byCluster.get(k)) {
                int i = names.indexOf(f.getName());
                if (i >= 0) {
                    centroids[k][i] = f.getValue();
                }
            }
        }
        return centroids;
    }

    @Override
    public ModelKind kind() {
        return ModelKind.SEGMENTS;
    }

    @Override
    public KMeansModel tribuoModel() {
        return model;
    }
}
