package dev.shoplens.launcher.backtest;

import dev.shoplens.launcher.progress.Progress;
import dev.shoplens.models.labels.Horizons;
import dev.shoplens.models.labels.ModelKind;
import dev.shoplens.models.train.LstmSettings;
import dev.shoplens.retrain.backend.Backend;
import dev.shoplens.retrain.history.StoreHistory;
import dev.shoplens.retrain.job.RetrainSettings;
import dev.shoplens.retrain.lstm.EpochListener;
import dev.shoplens.retrain.lstm.LstmTrainer;
import dev.shoplens.retrain.lstm.TrainingRun;
import dev.shoplens.retrain.sequences.CutOffs;
import dev.shoplens.retrain.sequences.SequenceBuilder;
import dev.shoplens.retrain.sequences.SequenceExample;
import dev.shoplens.retrain.sequences.SequenceSettings;
import dev.shoplens.retrain.sequences.StoredCustomer;
import dev.shoplens.retrain.sequences.StoredShop;
import dev.shoplens.store.StoreSettings;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The nightly LSTM as it would have been trained on the night of the calibration end: from the store the feature
 * job wrote over the calibration period only (orders, first visits, daily views and cart adds), with the nightly
 * job's default network, seed and cut-offs, but its purchase label over the backtest's horizon (as the logistic
 * model's is), so the two are judged on the same outcomes. Its sequences end at the last UTC midnight at or before
 * the cutoff. It predicts only the probability of a purchase, no count.
 */
final class BacktestLstm {

    private static final Logger LOG = LoggerFactory.getLogger(BacktestLstm.class);

    static final String NAME = "LSTM";

    /** One thread: the same input then trains the same network, so a backtest reports the same figures each run. */
    static final int THREADS = 1;

    /** The nightly job's network, learning rate, epochs and seed. */
    static final LstmSettings SETTINGS = LstmSettings.defaults();

    /** What the training did, for the report. */
    record Trained(Predictor predictor, TrainingRun run, CutOffs cutOffs) {}

    private BacktestLstm() {}

    /** Trains and scores every customer in {@code customers}; empty when the calibration period is too short. */
    static Optional<Trained> train(
            StoreSettings store, BacktestSplit split, Horizons horizons, List<String> customers, Progress progress) {
        progress.show("LSTM: reading the customers' histories");
        Backend.start(THREADS);
        RetrainSettings defaults = RetrainSettings.defaults(THREADS);
        SequenceSettings sequences = new SequenceSettings(
                defaults.sequences().days(),
                defaults.sequences().stepDays(),
                defaults.sequences().trainingCutOffs(),
                horizons);
        SequenceBuilder builder = new SequenceBuilder(sequences);
        StoredShop history = StoreHistory.read(store, split.cutoff());
        CutOffs cutOffs = CutOffs.of(ModelKind.PURCHASE, split.cutoff(), sequences);
        TrainingRun run;
        try {
            run = new LstmTrainer(SETTINGS, epochs(progress))
                    .train(
                            ModelKind.PURCHASE,
                            history.labelled(cutOffs.training(), builder, SETTINGS.maxSequences(), SETTINGS.seed()),
                            null);
        } catch (IllegalArgumentException e) {
            progress.done("LSTM: none");
            LOG.warn("no LSTM in this backtest: {}", e.getMessage());
            return Optional.empty();
        }
        progress.done(String.format(
                Locale.ROOT, "LSTM: %d epochs in %s", run.epochs(), Progress.duration(progress.elapsed())));
        // Sequences end at a UTC midnight: the last one at or before the cutoff (the log's zone may start days later).
        Map<String, StoredCustomer> byId = new HashMap<>();
        history.customers().forEach(c -> byId.put(c.customerId(), c));
        List<SequenceExample> atCutoff = customers.stream()
                .map(id -> Optional.ofNullable(byId.get(id))
                        .orElseThrow(() -> new IllegalStateException("the store holds no history of customer " + id)))
                .map(c -> builder.example(c, cutOffs.scoring(), history.knownUntil()))
                .toList();
        double[] purchase = run.model().score(atCutoff);
        return Optional.of(new Trained(new Predictor(NAME, purchase, null), run, cutOffs));
    }

    private static EpochListener epochs(Progress progress) {
        return (epoch, maxEpochs, loss) -> progress.showWithElapsed(String.format(
                Locale.ROOT, "LSTM: epoch %d of at most %d, validation log loss %.4f", epoch, maxEpochs, loss));
    }
}
