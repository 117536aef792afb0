package dev.shoplens.store.retrain;

import static dev.shoplens.store.write.Table.column;

import dev.shoplens.scores.ChampionChallenger;
import dev.shoplens.scores.RetrainRun;
import dev.shoplens.scores.SequenceScore;
import dev.shoplens.store.write.Table;
import java.time.Instant;
import java.util.List;

/** The retrain's tables of schema version 4 ({@code sql/duckdb/V4__retrain.sql}), written through any store. */
public final class RetrainTables {

    private RetrainTables() {}

    public static final Table<RetrainRun> RETRAIN_RUNS = new Table<>(
            "retrain_runs",
            r -> List.of(r.kind(), r.startedAt()),
            List.of(
                    column("kind", RetrainRun::kind),
                    column("started_at", RetrainRun::startedAt),
                    column("finished_at", RetrainRun::finishedAt),
                    column("data_until", RetrainRun::dataUntil),
                    column("outcome", RetrainRun::outcome),
                    column("reason", RetrainRun::reason),
                    column("version", RetrainRun::version),
                    column("epochs", RetrainRun::epochs),
                    column("best_epoch", RetrainRun::bestEpoch),
                    column("training_loss", RetrainRun::trainingLoss),
                    column("validation_log_loss", RetrainRun::validationLogLoss),
                    column("training_sequences", RetrainRun::trainingSequences),
                    column("sequences_per_second", RetrainRun::sequencesPerSecond),
                    column("duration_seconds", RetrainRun::durationSeconds),
                    column("written_at", r -> Instant.now())));

    public static final Table<SequenceScore> SEQUENCE_SCORES = new Table<>(
            "sequence_scores",
            r -> List.of(r.day(), r.kind(), r.customerId()),
            List.of(
                    column("day", SequenceScore::day),
                    column("kind", SequenceScore::kind),
                    column("customer_id", SequenceScore::customerId),
                    column("lstm_probability", SequenceScore::lstmProbability),
                    column("lstm_version", SequenceScore::lstmVersion),
                    column("logistic_probability", SequenceScore::logisticProbability),
                    column("logistic_version", SequenceScore::logisticVersion),
                    column("reasons", SequenceScore::reasons),
                    column("written_at", r -> Instant.now())));

    public static final Table<ChampionChallenger> CHAMPION_CHALLENGER = new Table<>(
            "champion_challenger",
            r -> List.of(r.kind(), r.day()),
            List.of(
                    column("kind", ChampionChallenger::kind),
                    column("day", ChampionChallenger::day),
                    column("customers", ChampionChallenger::customers),
                    column("logistic_metrics", ChampionChallenger::logisticMetricsJson),
                    column("lstm_metrics", ChampionChallenger::lstmMetricsJson),
                    column("champion", ChampionChallenger::champion),
                    column("reason", ChampionChallenger::reason),
                    column("written_at", r -> Instant.now())));
}
