package dev.shoplens.bench.lstm;

import dev.shoplens.bench.BenchSettings;
import dev.shoplens.bench.Suite;
import dev.shoplens.bench.data.SyntheticSequences;
import dev.shoplens.bench.harness.Figure;
import dev.shoplens.bench.harness.Stopwatch;
import dev.shoplens.models.labels.ModelKind;
import dev.shoplens.models.train.LstmSettings;
import dev.shoplens.retrain.backend.Backend;
import dev.shoplens.retrain.lstm.LstmModel;
import dev.shoplens.retrain.lstm.LstmTrainer;
import dev.shoplens.retrain.lstm.TrainingRun;
import dev.shoplens.retrain.sequences.SequenceExample;
import dev.shoplens.retrain.sequences.SequenceSettings;
import java.util.List;

/**
 * {@code lstm_training_throughput}: training sequences a second of the nightly retrain's own trainer (the demo's
 * sequence shape, 60 days × 6 channels, and its hyper-parameters, every epoch with its validation pass, as the
 * Models page reports it), against the forward pass alone of the same network over the same sequences, as the night
 * scores customers with it.
 *
 * <p>Why the forward pass: it is the one part of a training step that nothing in training can avoid, run by the same
 * native code on the same tensors, so the ratio says what training adds on top of it. Backpropagation through time
 * and Adam's update cost about twice a forward pass, so about 0.3 is what the arithmetic allows; well below it, the
 * time goes elsewhere (building tensors, small batches, the validation pass). The logistic trainer would not make a
 * ratio that means anything: another model on other inputs.
 */
public final class LstmThroughput implements Suite {

    /** Fixed epochs, no early stopping (patience as long as the run), so every round does the same work. */
    static final int EPOCHS = 2;

    /** Keeps the baseline's scores alive, so that the JIT cannot drop the work as unused. */
    private static volatile double[] lastScores;

    @Override
    public String title() {
        return "LSTM training against the same network's forward pass";
    }

    @Override
    public List<Figure> run(BenchSettings settings) throws Exception {
        Backend.start(threads());
        List<SequenceExample> sequences = SyntheticSequences.of(
                settings.lstmSequences(), SequenceSettings.defaults().days(), 31);
        LstmSettings defaults = LstmSettings.defaults();
        LstmTrainer trainer = new LstmTrainer(new LstmSettings(
                defaults.hiddenUnits(),
                defaults.learningRate(),
                defaults.l2(),
                defaults.batchSize(),
                EPOCHS,
                EPOCHS,
                defaults.maxSequences(),
                defaults.validationShare(),
                defaults.seed()));
        LstmModel[] trained = {null};
        return List.of(settings.jobRounds()
                .run(
                        () -> {
                            TrainingRun run = trainer.train(ModelKind.PURCHASE, sequences, null);
                            trained[0] = run.model();
                            return run.sequencesPerSecond();
                        },
                        // Rounds runs the subject first in the first round: a trained network is there to score.
                        () -> forwardPass(trained[0], sequences))
                .median("lstm_training_throughput", "sequences/s"));
    }

    /** A night's default: every core but one (OpenMP's threads spin while they wait; see {@link Backend}). */
    static int threads() {
        return Backend.defaultThreads();
    }

    private static double forwardPass(LstmModel model, List<SequenceExample> sequences) {
        Stopwatch watch = Stopwatch.start();
        lastScores = model.score(sequences);
        return watch.rate(sequences.size());
    }
}
