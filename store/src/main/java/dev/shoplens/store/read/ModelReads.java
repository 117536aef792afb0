package dev.shoplens.store.read;

import dev.shoplens.scores.ChampionChallenger;
import dev.shoplens.scores.RetrainRun;
import java.util.List;
import java.util.Optional;

/**
 * What the Models page reads from the store: the registry's versions of each kind of customer model, a version's
 * model, the nightly LSTM against the streaming model, and the nightly retrains. One of the readers a
 * {@link ShopReader} hands out per page.
 */
public interface ModelReads {

    /** Every version of one kind of customer model, oldest first. */
    List<ModelSummary> versions(String kind);

    /** The serialized model of one version, as the registry keeps it. */
    Optional<byte[]> model(String kind, int version);

    /**
     * The nightly LSTM against the logistic model for {@code kind} ('purchase' | 'churn'), night by night, oldest
     * first (empty where no night's horizon has passed yet).
     */
    List<ChampionChallenger> championChallenger(String kind);

    /** The newest {@code limit} nightly retrains of {@code kind}, newest first. */
    List<RetrainRun> retrainRuns(String kind, int limit);
}
