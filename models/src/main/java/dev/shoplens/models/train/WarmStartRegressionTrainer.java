package dev.shoplens.models.train;

import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import dev.shoplens.models.train.TribuoRows.ScaledRows;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tribuo.Dataset;
import org.tribuo.math.LinearParameters;
import org.tribuo.math.la.DenseVector;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.sgd.linear.LinearSGDModel;
import org.tribuo.regression.sgd.linear.LinearSGDTrainer;
import org.tribuo.regression.sgd.objectives.SquaredLoss;

/**
 * Linear regression (Tribuo's {@link LinearSGDTrainer} with squared loss and AdaGrad) that can start from an earlier
 * model's weights, as {@link WarmStartLogisticTrainer} does for the classifiers: each weight copied across by
 * feature and output dimension name. The earlier model must have been trained on inputs and targets scaled the same
 * way: the caller keeps both frozen between full retrains.
 */
public final class WarmStartRegressionTrainer extends LinearSGDTrainer {

    static {
        Logger.getLogger("org.tribuo.common.sgd.AbstractSGDTrainer").setLevel(Level.WARNING);
    }

    // Null: from zeros.
    private final transient WarmStartWeights<Regressor> warmStart;

    /**
     * @param epochs passes over the data
     * @param learningRate AdaGrad's initial learning rate
     * @param seed seeds the shuffling of examples
     * @param start the model whose weights to start from; null starts from zeros
     */
    public WarmStartRegressionTrainer(int epochs, double learningRate, long seed, LinearSGDModel start) {
        super(new SquaredLoss(), new AdaGrad(learningRate, 0.1), epochs, Integer.MAX_VALUE, 1, seed);
        this.warmStart = start == null ? null : new WarmStartWeights<>(start, r -> r.getNames()[0]);
    }

    @Override
    public synchronized LinearSGDModel train(
            Dataset<Regressor> examples, Map<String, Provenance> runProvenance, int invocationCount) {
        if (warmStart != null) {
            warmStart.remember(examples);
        }
        if (examples instanceof ScaledRows<Regressor> rows && minibatchSize == 1) {
            return RowsSgd.train(rows, runProvenance, invocationCount, parts());
        }
        return super.train(examples, runProvenance, invocationCount);
    }

    /** This trainer's parts, for training on rows already made vectors. */
    private RowsSgd.Parts<Regressor, DenseVector, LinearSGDModel> parts() {
        return new RowsSgd.Parts<>(
                this,
                () -> rng,
                optimiser,
                epochs,
                shuffle,
                getObjective(),
                this::getTarget,
                DenseVector[]::new,
                this::createParameters,
                this::createModel,
                getModelClassName(),
                getName());
    }

    @Override
    protected LinearParameters createParameters(int numFeatures, int numOutputs, SplittableRandom localRNG) {
        LinearParameters parameters = super.createParameters(numFeatures, numOutputs, localRNG);
        return warmStart == null ? parameters : warmStart.applyTo(parameters);
    }

    @Override
    public String toString() {
        return "WarmStartRegressionTrainer(" + super.toString() + ", start="
                + (warmStart == null ? "zeros" : warmStart.startName()) + ")";
    }
}
