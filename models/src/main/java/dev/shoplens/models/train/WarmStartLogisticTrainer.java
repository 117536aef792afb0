package dev.shoplens.models.train;

import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import dev.shoplens.models.train.TribuoRows.ScaledRows;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tribuo.Dataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.LinearParameters;
import org.tribuo.math.optimisers.AdaGrad;

/**
 * Logistic regression (Tribuo's {@link LinearSGDTrainer} with the {@link LogMulticlass} objective and AdaGrad) that
 * can start from an earlier model's weights instead of zeros. Tribuo has no incremental training; this overrides
 * the protected {@code createParameters} and copies each weight across by feature and label name (never by column
 * position: two datasets number their features independently). Features or labels the earlier model lacks start
 * at zero.
 *
 * <p>The earlier model must have been trained on inputs scaled the same way: the caller keeps the scaling frozen
 * between full retrains.
 */
public final class WarmStartLogisticTrainer extends LinearSGDTrainer {

    static {
        // Tribuo logs the loss every few hundred examples at INFO: about 1,400 lines a fit.
        Logger.getLogger("org.tribuo.common.sgd.AbstractSGDTrainer").setLevel(Level.WARNING);
    }

    // Null: from zeros.
    private final transient WarmStartWeights<Label> warmStart;

    /**
     * @param epochs passes over the data
     * @param learningRate AdaGrad's initial learning rate
     * @param seed seeds the shuffling of examples (with invocation count 0 the same data gives the same model)
     * @param start the model whose weights to start from; null starts from zeros
     */
    public WarmStartLogisticTrainer(int epochs, double learningRate, long seed, LinearSGDModel start) {
        super(new LogMulticlass(), new AdaGrad(learningRate, 0.1), epochs, Integer.MAX_VALUE, 1, seed);
        this.warmStart = start == null ? null : new WarmStartWeights<>(start, Label::getLabel);
    }

    @Override
    public synchronized LinearSGDModel train(
            Dataset<Label> examples, Map<String, Provenance> runProvenance, int invocationCount) {
        if (warmStart != null) {
            warmStart.remember(examples);
        }
        if (examples instanceof ScaledRows<Label> rows && minibatchSize == 1) {
            return RowsSgd.train(rows, runProvenance, invocationCount, parts());
        }
        return super.train(examples, runProvenance, invocationCount);
    }

    /** This trainer's parts, for training on rows already made vectors. */
    private RowsSgd.Parts<Label, Integer, LinearSGDModel> parts() {
        return new RowsSgd.Parts<>(
                this,
                () -> rng,
                optimiser,
                epochs,
                shuffle,
                getObjective(),
                this::getTarget,
                Integer[]::new,
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
        return "WarmStartLogisticTrainer(" + super.toString() + ", start="
                + (warmStart == null ? "zeros" : warmStart.startName()) + ")";
    }
}
