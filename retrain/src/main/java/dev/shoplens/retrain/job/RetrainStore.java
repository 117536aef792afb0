package dev.shoplens.retrain.job;

import dev.shoplens.models.labels.ModelKind;
import dev.shoplens.scores.ChampionChallenger;
import dev.shoplens.scores.ModelVersionRow;
import dev.shoplens.scores.RetrainRun;
import dev.shoplens.scores.SequenceScore;
import dev.shoplens.store.StoreSettings;
import dev.shoplens.store.retrain.RetrainReads;
import dev.shoplens.store.retrain.RetrainReads.LogisticScore;
import dev.shoplens.store.retrain.RetrainReads.PairedScore;
import dev.shoplens.store.retrain.RetrainTables;
import dev.shoplens.store.write.ErasureGuard;
import dev.shoplens.store.write.ResultWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the retrain reads from and writes to the store: its versions in the model registry (the LSTMs' and the
 * nightly demand forest's), the streaming models' current scores, its own scores of earlier nights, runs and
 * champion/challenger measures. The store's {@link RetrainReads} holds the SQL; this class speaks the retrain's
 * kinds.
 */
public final class RetrainStore {

    private final StoreSettings store;
    private final RetrainReads reads;

    public RetrainStore(StoreSettings store) {
        this.store = store;
        this.reads = new RetrainReads(store);
    }

    public Optional<ModelVersionRow> serving(String kind) {
        return reads.serving(kind);
    }

    public int nextVersion(String kind) {
        return reads.nextVersion(kind);
    }

    /** Each customer's newest logistic score of {@code kind}. */
    Map<String, LogisticScore> logisticScores(ModelKind kind) {
        return reads.logisticScores(kind.registryName());
    }

    /** The night {@code day}'s scores of {@code kind} that have both an LSTM and a logistic probability. */
    List<PairedScore> pairedScores(ModelKind kind, LocalDate day) {
        return reads.pairedScores(kind.registryName(), day);
    }

    /** The newest champion/challenger decision of {@code kind}; the logistic model serves until there is one. */
    String champion(ModelKind kind) {
        return reads.champion(kind.registryName()).orElse(ChampionChallenger.LOGISTIC);
    }

    /** The registry rows (the new version, and the old champion no longer serving) and tonight's scores. */
    void writeVersion(List<ModelVersionRow> versions, List<SequenceScore> scores) {
        try (ResultWriter writer = ErasureGuard.open(store)) {
            writer.writeModelVersions(versions);
            writer.write(RetrainTables.SEQUENCE_SCORES, scores);
        }
    }

    void writeChampionChallenger(ChampionChallenger row) {
        try (ResultWriter writer = ErasureGuard.open(store)) {
            writer.write(RetrainTables.CHAMPION_CHALLENGER, List.of(row));
        }
    }

    void writeRun(RetrainRun run) {
        try (ResultWriter writer = ErasureGuard.open(store)) {
            writer.write(RetrainTables.RETRAIN_RUNS, List.of(run));
        }
    }
}
