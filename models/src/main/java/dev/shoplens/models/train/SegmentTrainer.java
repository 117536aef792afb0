package dev.shoplens.models.train;

import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.models.features.FeatureScaler;
import dev.shoplens.models.features.ModelFeatures;
import dev.shoplens.models.segments.HungarianMatcher;
import dev.shoplens.models.segments.SegmentNamer;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.tribuo.MutableDataset;
import org.tribuo.clustering.ClusterID;
import org.tribuo.clustering.ClusteringFactory;
import org.tribuo.clustering.kmeans.KMeansModel;
import org.tribuo.clustering.kmeans.KMeansTrainer;

/**
 * Fits customer segments with Tribuo k-means (k-means++ start, Euclidean, one thread, explicit seed). Tribuo cannot
 * start k-means from earlier centroids, so every version is a fresh fit; segment ids stay stable by matching the new
 * centroids to the previous version's (moved onto the new scaling) with the Hungarian method, least total distance.
 */
public final class SegmentTrainer {

    private static final int ITERATIONS = 50;

    static {
        // K-means logs every iteration at INFO.
        java.util.logging.Logger.getLogger(KMeansTrainer.class.getName()).setLevel(java.util.logging.Level.WARNING);
    }

    private final TrainingSettings settings;

    public SegmentTrainer(TrainingSettings settings) {
        this.settings = settings;
    }

    public SegmentModel fit(Collection<CustomerFeatures> customers, SegmentModel previous, Instant trainedAt) {
        FeatureScaler.Fitted fitted = FeatureScaler.fitAndScale(ModelFeatures.SEGMENTS, customers);
        FeatureScaler scaler = fitted.scaler();
        String[] names = scaler.names();
        MutableDataset<ClusterID> data = TribuoRows.dataset(
                "segment customers",
                trainedAt,
                new ClusteringFactory(),
                names,
                fitted.rows(),
                i -> ClusteringFactory.UNASSIGNED_CLUSTER_ID);
        int k = Math.min(settings.segments(), customers.size());
        KMeansTrainer trainer = new KMeansTrainer(
                k,
                ITERATIONS,
                KMeansTrainer.Distance.EUCLIDEAN,
                KMeansTrainer.Initialisation.PLUSPLUS,
                1,
                settings.seed());
        KMeansModel model = trainer.train(data);
        double[][] centroids = SegmentModel.centroidsOf(model, List.of(names));
        int[] ids = stableIds(scaler, centroids, previous);
        SegmentModel segments = new SegmentModel(
                scaler,
                model,
                centroids,
                ids,
                SegmentNamer.names(scaler.features(), centroids),
                new long[centroids.length]);
        for (double[] row : fitted.rows()) {
            segments.sizes()[segments.nearest(row)]++;
        }
        return segments;
    }

    static int[] stableIds(FeatureScaler scaler, double[][] centroids, SegmentModel previous) {
        int[] ids = new int[centroids.length];
        if (previous == null || previous.centroids().length < centroids.length) {
            for (int k = 0; k < ids.length; k++) {
                ids[k] = k + 1;
            }
            return ids;
        }
        double[][] cost = new double[centroids.length][previous.centroids().length];
        for (int j = 0; j < previous.centroids().length; j++) {
            double[] old = onNewScale(scaler, previous, previous.centroids()[j]);
            for (int k = 0; k < centroids.length; k++) {
                double d = 0;
                for (int i = 0; i < old.length; i++) {
                    d += (centroids[k][i] - old[i]) * (centroids[k][i] - old[i]);
                }
                cost[k][j] = Math.sqrt(d);
            }
        }
        int[] match = HungarianMatcher.assign(cost);
        for (int k = 0; k < ids.length; k++) {
            ids[k] = previous.ids()[match[k]];
        }
        return ids;
    }

    private static double[] onNewScale(FeatureScaler scaler, SegmentModel previous, double[] centroid) {
        double[] z = new double[centroid.length];
        for (int i = 0; i < z.length; i++) {
            z[i] = scaler.rescale(i, previous.scaler().unscale(i, centroid[i]));
        }
        return z;
    }
}
