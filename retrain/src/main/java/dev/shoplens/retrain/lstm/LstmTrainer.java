package dev.shoplens.retrain.lstm;

import dev.shoplens.models.labels.ModelKind;
import dev.shoplens.models.metrics.ClassifierMetrics;
import dev.shoplens.models.train.LstmSettings;
import dev.shoplens.retrain.sequences.Channel;
import dev.shoplens.retrain.sequences.SequenceExample;
import dev.shoplens.retrain.sequences.StoredShop;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.deeplearning4j.nn.conf.GradientNormalization;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Trains an LSTM (Hochreiter and Schmidhuber 1997) on labelled daily sequences: one LSTM layer whose last time step
 * feeds a sigmoid output, cross-entropy loss, Adam, gradients clipped (recurrent nets otherwise explode now and
 * then). Customers are split by a hash of their id into training and validation; training stops when the
 * validation log loss has not improved for {@code patience} epochs and keeps the best epoch's weights. Given the
 * previous night's model of the same shape (days, channels, cells) it continues from its weights (warm start) rather than from random ones.
 */
public final class LstmTrainer {

    private final LstmSettings settings;
    private final EpochListener epochs;

    public LstmTrainer(LstmSettings settings) {
        this(settings, EpochListener.NONE);
    }

    /** A trainer that tells {@code epochs} of each epoch it ends. */
    public LstmTrainer(LstmSettings settings, EpochListener epochs) {
        this.settings = settings;
        this.epochs = epochs;
    }

    /**
     * @param labelled sequences whose {@code kind} label has matured (others are skipped)
     * @param previous the model to continue from; null, or of another shape, to start afresh
     */
    public TrainingRun train(ModelKind kind, List<SequenceExample> labelled, LstmModel previous) {
        return train(kind, labelled, previous, Channel.all());
    }

    /** As {@link #train(ModelKind, List, LstmModel)}, on only {@code channels} of the sequences (in that order). */
    TrainingRun train(ModelKind kind, List<SequenceExample> labelled, LstmModel previous, List<Channel> channels) {
        List<SequenceExample> training = new ArrayList<>();
        List<SequenceExample> validation = new ArrayList<>();
        split(kind, labelled, training, validation);
        int days = training.get(0).values()[0].length;
        boolean warm = previous != null && previous.kind() == kind && fits(previous, days, channels);
        MultiLayerNetwork network = warm ? previous.network().clone() : fresh(channels.size(), days);
        LstmModel model = new LstmModel(kind, days, channels, network);
        boolean[] validationLabels = labels(validation, kind);

        List<Double> trainingLoss = new ArrayList<>();
        List<Double> validationLoss = new ArrayList<>();
        INDArray best = null;
        int bestEpoch = 0;
        long started = System.nanoTime();
        for (int epoch = 1; epoch <= settings.maxEpochs(); epoch++) {
            trainingLoss.add(epoch(network, kind, training, channels, epoch));
            double loss = ClassifierMetrics.of(model.score(validation), validationLabels)
                    .logLoss();
            if (!Double.isFinite(loss) || !Double.isFinite(trainingLoss.get(epoch - 1))) {
                throw new IllegalStateException("the loss is not a number at epoch " + epoch + ": training diverged");
            }
            validationLoss.add(loss);
            epochs.epochEnded(epoch, settings.maxEpochs(), loss);
            if (best == null || loss < validationLoss.get(bestEpoch - 1)) {
                best = network.params().dup();
                bestEpoch = epoch;
            } else if (epoch - bestEpoch >= settings.patience()) {
                break;
            }
        }
        network.setParams(best);
        double seconds = (System.nanoTime() - started) / 1e9;
        return new TrainingRun(
                model,
                warm,
                training.size(),
                validation.size(),
                trainingLoss,
                validationLoss,
                bestEpoch,
                seconds,
                (double) training.size() * trainingLoss.size() / seconds);
    }

    private void split(
            ModelKind kind,
            List<SequenceExample> labelled,
            List<SequenceExample> training,
            List<SequenceExample> validation) {
        for (SequenceExample e : labelled) {
            if (StoredShop.label(e, kind) == null) {
                continue;
            }
            (isValidation(e.customerId()) ? validation : training).add(e);
        }
        if (training.isEmpty() || validation.isEmpty()) {
            throw new IllegalArgumentException("too few labelled sequences to train and validate: " + labelled.size());
        }
    }

    private boolean isValidation(String customerId) {
        long mixed = (customerId.hashCode() * 0x9E3779B97F4A7C15L) ^ settings.seed();
        return Math.floorMod(mixed, 1_000) < settings.validationShare() * 1_000;
    }

    /** One pass over the training sequences in an order drawn from the seed and the epoch; the mean batch loss. */
    private double epoch(
            MultiLayerNetwork network,
            ModelKind kind,
            List<SequenceExample> training,
            List<Channel> channels,
            int epoch) {
        List<SequenceExample> order = new ArrayList<>(training);
        Collections.shuffle(order, new Random(settings.seed() * 31 + epoch));
        double loss = 0;
        int batches = 0;
        for (int from = 0; from < order.size(); from += settings.batchSize()) {
            List<SequenceExample> batch = order.subList(from, Math.min(order.size(), from + settings.batchSize()));
            network.fit(SequenceTensors.features(batch, channels), SequenceTensors.labels(labels(batch, kind)));
            loss += network.score();
            batches++;
        }
        return loss / batches;
    }

    public static boolean[] labels(List<SequenceExample> examples, ModelKind kind) {
        boolean[] positive = new boolean[examples.size()];
        for (int i = 0; i < positive.length; i++) {
            positive[i] = StoredShop.label(examples.get(i), kind);
        }
        return positive;
    }

    /**
     * A warm start needs the same input (days and channels) and the same layer sizes; otherwise the weights cannot
     * carry over (a version from before a channel was added starts afresh).
     */
    private boolean fits(LstmModel previous, int days, List<Channel> channels) {
        return previous.days() == days
                && previous.channels().equals(channels)
                && previous.network().layerSize(0) == settings.hiddenUnits();
    }

    private MultiLayerNetwork fresh(int channels, int days) {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
                .seed(settings.seed())
                .dataType(DataType.FLOAT)
                .weightInit(WeightInit.XAVIER)
                .updater(new Adam(settings.learningRate()))
                .l2(settings.l2())
                .gradientNormalization(GradientNormalization.ClipElementWiseAbsoluteValue)
                .gradientNormalizationThreshold(1.0)
                .list()
                .layer(new LastTimeStep(new LSTM.Builder()
                        .nIn(channels)
                        .nOut(settings.hiddenUnits())
                        .activation(Activation.TANH)
                        .build()))
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.XENT)
                        .nIn(settings.hiddenUnits())
                        .nOut(1)
                        .activation(Activation.SIGMOID)
                        .build())
                .setInputType(InputType.recurrent(channels, days))
                .build();
        MultiLayerNetwork network = new MultiLayerNetwork(conf);
        network.init();
        return network;
    }

    public LstmSettings settings() {
        return settings;
    }
}
