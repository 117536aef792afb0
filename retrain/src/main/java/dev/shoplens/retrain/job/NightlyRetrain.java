package dev.shoplens.retrain.job;

import dev.shoplens.models.labels.ModelKind;
import dev.shoplens.models.metrics.ClassifierMetrics;
import dev.shoplens.models.metrics.PromotionRule;
import dev.shoplens.retrain.backend.Backend;
import dev.shoplens.retrain.demand.NightlyDemandRefit;
import dev.shoplens.retrain.history.StoreHistory;
import dev.shoplens.retrain.lstm.EpochListener;
import dev.shoplens.retrain.lstm.LstmCodec;
import dev.shoplens.retrain.lstm.LstmModel;
import dev.shoplens.retrain.lstm.LstmTrainer;
import dev.shoplens.retrain.lstm.TrainingRun;
import dev.shoplens.retrain.sequences.CutOffs;
import dev.shoplens.retrain.sequences.SequenceBuilder;
import dev.shoplens.retrain.sequences.SequenceExample;
import dev.shoplens.retrain.sequences.StoredShop;
import dev.shoplens.scores.ModelVersionRow;
import dev.shoplens.scores.RetrainRun;
import dev.shoplens.store.StoreSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One night's retrain: for purchase and churn, cut the store's histories into sequences, train a candidate LSTM
 * (warm-started from the serving one), test it and the serving one on the same unseen labels, register it with its
 * metrics and provenance, promote it by the promotion rule, and score every customer with the version that serves.
 * A retrain that fails records why and changes nothing else: the serving version stays.
 */
public final class NightlyRetrain {

    private static final Logger LOG = LoggerFactory.getLogger(NightlyRetrain.class);
    static final List<ModelKind> KINDS = List.of(ModelKind.PURCHASE, ModelKind.CHURN);

    private final StoreSettings store;
    private final RetrainSettings settings;
    private final Clock clock;
    private final RetrainStore results;
    private final SequenceBuilder builder;
    private final NightlyDemandRefit demand;
    private final RetrainProgress progress;

    public NightlyRetrain(StoreSettings store, RetrainSettings settings, Clock clock) {
        this(store, settings, clock, RetrainProgress.SILENT);
    }

    /** A retrain that tells {@code progress} what it is doing as it goes. */
    public NightlyRetrain(StoreSettings store, RetrainSettings settings, Clock clock, RetrainProgress progress) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.results = new RetrainStore(store);
        this.builder = new SequenceBuilder(settings.sequences());
        this.demand = new NightlyDemandRefit(store, settings.demand(), clock, progress);
        this.progress = progress;
    }

    /**
     * Retrains both kinds on the store's data up to {@code until} (null: all of it), then refits the demand
     * forecasts on the days closed by then; one run per kind and one for the demand refit.
     */
    public List<RetrainRun> run(Instant until) {
        Backend.start(settings.threads());
        store.migrate();
        List<RetrainRun> runs = new ArrayList<>();
        StoredShop history = null;
        Instant started = clock.instant();
        try {
            progress.now("reading the customers' histories");
            history = StoreHistory.read(store, until);
        } catch (RuntimeException e) {
            for (ModelKind kind : KINDS) {
                runs.add(record(failed(kind, started, null, e)));
            }
        }
        if (history != null) {
            for (ModelKind kind : KINDS) {
                runs.add(record(retrain(kind, history)));
            }
        }
        // The night the LSTMs were trained for; a store without customer history still has its product days.
        demand.run(until != null || history == null ? until : history.newestEvent())
                .map(this::record)
                .ifPresent(runs::add);
        return runs;
    }

    RetrainRun retrain(ModelKind kind, StoredShop history) {
        Instant started = clock.instant();
        try {
            return trainAndDecide(kind, history, started);
        } catch (RuntimeException e) {
            LOG.warn("retrain of {} failed; the serving version stays", LstmModel.registryKind(kind), e);
            return failed(kind, started, history.newestEvent(), e);
        }
    }

    private RetrainRun trainAndDecide(ModelKind kind, StoredShop history, Instant started) {
        String registryKind = LstmModel.registryKind(kind);
        String model = kind.name().toLowerCase(Locale.ROOT) + " LSTM";
        progress.now(model + ": cutting sequences");
        Duration horizon = settings.sequences().horizons().of(kind);
        CutOffs cutOffs = CutOffs.of(kind, history.newestEvent(), settings.sequences());
        List<SequenceExample> evaluation = matured(history.at(cutOffs.evaluation(), builder), kind);
        Optional<ModelVersionRow> championRow = results.serving(registryKind);
        LstmModel champion = championRow
                .map(r -> LstmCodec.read(r.model()))
                .filter(m -> m.days() == settings.sequences().days())
                .orElse(null);

        List<SequenceExample> labelled = history.labelled(
                cutOffs.training(),
                builder,
                settings.lstm().maxSequences(),
                settings.lstm().seed());
        int labelledBeforeSampling = history.labelledCount(cutOffs.training());
        TrainingRun run = new LstmTrainer(settings.lstm(), epochs(model)).train(kind, labelled, champion);
        progress.now(model + ": testing, registering and scoring every customer");
        boolean[] labels = LstmTrainer.labels(evaluation, kind);
        ClassifierMetrics candidate = ClassifierMetrics.of(run.model().score(evaluation), labels);
        ClassifierMetrics served = champion == null ? null : ClassifierMetrics.of(champion.score(evaluation), labels);
        PromotionRule.Decision decision = settings.promotion().decide(candidate, served);

        int version = results.nextVersion(registryKind);
        Integer championVersion = championRow.map(ModelVersionRow::version).orElse(null);
        Integer parent = run.warmStarted() ? championVersion : null;
        ModelVersionRow row = new ModelVersionRow(
                registryKind,
                version,
                parent,
                cutOffs.trainingLabelsEnd(horizon),
                clock.instant(),
                run.trainingSequences(),
                parent == null,
                Provenance.metrics(candidate, served, championVersion, decision, cutOffs),
                Provenance.of(
                        run,
                        settings,
                        cutOffs,
                        history.newestEvent(),
                        horizon,
                        new Provenance.Sequences(labelledBeforeSampling, labelled.size(), evaluation.size()),
                        parent),
                LstmCodec.write(run.model()),
                decision.promote(),
                decision.promote());
        List<ModelVersionRow> rows = new ArrayList<>(List.of(row));
        if (decision.promote()) {
            championRow.ifPresent(old -> rows.add(old.withServing(false)));
        }
        LstmModel serving = decision.promote() ? run.model() : champion;
        int servingVersion = decision.promote() ? version : championVersion == null ? 0 : championVersion;
        results.writeVersion(
                rows,
                serving == null
                        ? List.of()
                        : new NightScores(results, settings.reasons())
                                .score(kind, serving, servingVersion, history.at(cutOffs.scoring(), builder)));
        new ChampionChallengerRule(results, settings.promotion(), builder).compare(kind, history, cutOffs);

        Instant finished = clock.instant();
        LOG.info(
                "{} version {}: AUC {} (serving: {}), {}; {} epochs, {} sequences/s",
                registryKind,
                version,
                candidate.auc(),
                served == null ? "none" : served.auc(),
                decision.reason(),
                run.epochs(),
                Math.round(run.sequencesPerSecond()));
        return new RetrainRun(
                registryKind,
                started,
                finished,
                history.newestEvent(),
                decision.promote() ? RetrainRun.PROMOTED : RetrainRun.KEPT,
                decision.reason(),
                version,
                run.epochs(),
                run.bestEpoch(),
                run.trainingLoss().get(run.bestEpoch() - 1),
                run.validationLogLoss().get(run.bestEpoch() - 1),
                (long) run.trainingSequences(),
                run.sequencesPerSecond(),
                RetrainRun.seconds(started, finished));
    }

    private EpochListener epochs(String model) {
        return (epoch, maxEpochs, loss) -> progress.now(String.format(
                Locale.ROOT, "%s: epoch %d of at most %d, validation log loss %.4f", model, epoch, maxEpochs, loss));
    }

    private static List<SequenceExample> matured(List<SequenceExample> examples, ModelKind kind) {
        return examples.stream().filter(e -> StoredShop.label(e, kind) != null).toList();
    }

    private RetrainRun failed(ModelKind kind, Instant started, Instant dataUntil, RuntimeException e) {
        return RetrainRun.failed(LstmModel.registryKind(kind), started, clock.instant(), dataUntil, e);
    }

    private RetrainRun record(RetrainRun run) {
        results.writeRun(run);
        return run;
    }
}
