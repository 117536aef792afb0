package dev.shoplens.models.train;

import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import com.oracle.labs.mlrg.olcut.util.Pair;
import dev.shoplens.models.train.TribuoRows.ScaledRows;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Model;
import org.tribuo.Output;
import org.tribuo.Trainer;
import org.tribuo.common.sgd.AbstractSGDTrainer;
import org.tribuo.common.sgd.SGDObjective;
import org.tribuo.math.LinearParameters;
import org.tribuo.math.StochasticGradientOptimiser;
import org.tribuo.math.la.SGDVector;
import org.tribuo.math.la.Tensor;
import org.tribuo.provenance.DatasetProvenance;
import org.tribuo.provenance.ModelProvenance;
import org.tribuo.provenance.TrainerProvenance;

/**
 * Tribuo's SGD training ({@code AbstractSGDTrainer.train}, one example a step, as our linear trainers run it) over
 * rows that {@link ScaledRows} already made vectors. Tribuo makes every example a vector again at every fit, looking
 * each feature's id up by name, which was about a quarter of a full retrain; everything else is Tribuo's and in its
 * order: the invocation count and random numbers, the shuffling, the optimiser's steps, the provenance and the
 * model. So the model is the one Tribuo's own loop makes from the same rows ({@code TribuoRowsTest}).
 */
final class RowsSgd {

    private RowsSgd() {}

    /**
     * What the training needs of a Tribuo SGD trainer: its protected parts, which only the trainer can hand over.
     *
     * @param trainer the trainer itself (its invocation count and provenance)
     * @param rng the trainer's random number generator, at the time of the call (Tribuo splits it)
     * @param optimiser the trainer's optimiser (copied for the fit, as Tribuo does)
     * @param target an output as the objective's target, given the dataset's output ids
     * @param targets a new array for the targets of that many rows
     * @param parameters new parameters for that many features and outputs (a warm start's already filled in)
     * @param model the fitted model from its name, provenance, features, outputs and parameters
     */
    record Parts<T extends Output<T>, U, V extends Model<T>>(
            AbstractSGDTrainer<T, U, V, LinearParameters> trainer,
            Supplier<SplittableRandom> rng,
            StochasticGradientOptimiser optimiser,
            int epochs,
            boolean shuffle,
            SGDObjective<U> objective,
            BiFunction<ImmutableOutputInfo<T>, T, U> target,
            IntFunction<U[]> targets,
            ParameterMaker parameters,
            ModelMaker<T, V> model,
            String modelClassName,
            String name) {}

    @FunctionalInterface
    interface ParameterMaker {
        LinearParameters make(int features, int outputs, SplittableRandom rng);
    }

    @FunctionalInterface
    interface ModelMaker<T extends Output<T>, V> {
        V make(
                String name,
                ModelProvenance provenance,
                ImmutableFeatureMap features,
                ImmutableOutputInfo<T> outputs,
                LinearParameters parameters);
    }

    /** Trains on {@code rows} as the trainer's own {@code train(examples, runProvenance, invocationCount)} would. */
    static <T extends Output<T>, U, V extends Model<T>> V train(
            ScaledRows<T> rows, Map<String, Provenance> runProvenance, int invocationCount, Parts<T, U, V> parts) {
        if (rows.getOutputInfo().getUnknownCount() > 0) {
            throw new IllegalArgumentException(
                    "The supplied Dataset contained unknown Outputs, and this Trainer is supervised.");
        }
        AbstractSGDTrainer<T, U, V, LinearParameters> trainer = parts.trainer();
        SplittableRandom rng;
        StochasticGradientOptimiser optimiser;
        TrainerProvenance trainerProvenance;
        int invocations;
        synchronized (trainer) {
            if (invocationCount != Trainer.INCREMENT_INVOCATION_COUNT) {
                trainer.setInvocationCount(invocationCount);
            }
            invocations = trainer.getInvocationCount();
            rng = parts.rng().get().split();
            optimiser = parts.optimiser().copy();
            trainerProvenance = trainer.getProvenance();
            // Tribuo counts the call here; its counter is private, so it is set: the same count, and the same
            // state of the trainer's random numbers (re-derived from the seed), as after Tribuo's own call.
            trainer.setInvocationCount(invocations + 1);
        }
        ImmutableOutputInfo<T> outputs = rows.getOutputIDInfo();
        ImmutableFeatureMap features = rows.getFeatureIDMap();
        SGDVector[] vectors = rows.vectors();
        U[] targets = parts.targets().apply(rows.size());
        double[] weights = new double[rows.size()];
        for (int i = 0; i < targets.length; i++) {
            weights[i] = rows.getExample(i).getWeight();
            targets[i] = parts.target().apply(outputs, rows.getExample(i).getOutput());
        }
        LinearParameters parameters = parts.parameters().make(features.size(), outputs.size(), rng);
        optimiser.initialise(parameters);
        for (int epoch = 0; epoch < parts.epochs(); epoch++) {
            if (parts.shuffle()) {
                AbstractSGDTrainer.shuffleInPlace(vectors, targets, weights, rng);
            }
            for (int j = 0; j < vectors.length; j++) {
                SGDVector prediction = parameters.predict(vectors[j]);
                Pair<Double, SGDVector> output = parts.objective().lossAndGradient(targets[j], prediction);
                Tensor[] updates = optimiser.step(parameters.gradients(output, vectors[j]), weights[j]);
                parameters.update(updates);
            }
        }
        optimiser.finalise();
        ModelProvenance provenance = new ModelProvenance(
                parts.modelClassName(),
                OffsetDateTime.now(),
                (DatasetProvenance) rows.getProvenance(),
                trainerProvenance,
                runProvenance);
        V model = parts.model().make(parts.name(), provenance, features, outputs, parameters);
        optimiser.reset();
        return model;
    }
}
