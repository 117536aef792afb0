package dev.shoplens.retrain.job;

import dev.shoplens.models.labels.ModelKind;
import dev.shoplens.retrain.history.StoreSql;
import dev.shoplens.retrain.results.RetrainTables;
import dev.shoplens.retrain.results.SequenceScore;
import dev.shoplens.scores.ChampionChallenger;
import dev.shoplens.scores.ModelVersionRow;
import dev.shoplens.scores.RetrainRun;
import dev.shoplens.store.StoreException;
import dev.shoplens.store.StoreSettings;
import dev.shoplens.store.read.SqlShopReader;
import dev.shoplens.store.write.ErasureGuard;
import dev.shoplens.store.write.ResultWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the retrain reads from and writes to the store: its versions in the model registry (the LSTMs' and the
 * nightly demand forest's), the streaming models'
 * current scores, its own scores of earlier nights, runs and champion/challenger measures. The SQL is the same for
 * DuckDB and ClickHouse; ClickHouse tables are read FINAL.
 */
public final class RetrainStore {

    private final StoreSettings store;
    private final String suffix;

    public RetrainStore(StoreSettings store) {
        this.store = store;
        this.suffix = StoreSql.current(store);
    }

    /** A logistic score as the streaming job last wrote it. */
    record LogisticScore(double probability, int version) {}

    /** An LSTM score of an earlier night next to the logistic one. */
    record PairedScore(String customerId, double lstm, double logistic) {}

    public Optional<ModelVersionRow> serving(String kind) {
        List<Object[]> rows = query(
                "SELECT kind, version, parent, trained_at, trained_at_wall, training_rows, full_retrain, metrics,"
                        + " provenance, model, promoted, serving FROM model_versions" + suffix
                        + " WHERE kind = ? AND serving ORDER BY version DESC LIMIT 1",
                kind);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        return Optional.of(new ModelVersionRow(
                (String) r[0],
                ((Number) r[1]).intValue(),
                r[2] == null ? null : ((Number) r[2]).intValue(),
                SqlShopReader.instant(r[3]),
                SqlShopReader.instant(r[4]),
                ((Number) r[5]).longValue(),
                (Boolean) r[6],
                (String) r[7],
                (String) r[8],
                bytes(r[9]),
                (Boolean) r[10],
                (Boolean) r[11]));
    }

    public int nextVersion(String kind) {
        Object newest = query("SELECT max(version) FROM model_versions" + suffix + " WHERE kind = ?", kind)
                .get(0)[0];
        return newest == null ? 1 : ((Number) newest).intValue() + 1;
    }

    /** Each customer's newest logistic score of {@code kind}. */
    Map<String, LogisticScore> logisticScores(ModelKind kind) {
        String column = kind.registryName();
        Map<String, LogisticScore> scores = new HashMap<>();
        for (Object[] r : query("SELECT customer_id, " + column + "_probability, " + column + "_version"
                + " FROM customer_scores" + suffix + " WHERE " + column + "_probability IS NOT NULL")) {
            scores.put((String) r[0], new LogisticScore(((Number) r[1]).doubleValue(), ((Number) r[2]).intValue()));
        }
        return scores;
    }

    /** The night {@code day}'s scores of {@code kind} that have both an LSTM and a logistic probability. */
    List<PairedScore> pairedScores(ModelKind kind, LocalDate day) {
        return query(
                        "SELECT customer_id, lstm_probability, logistic_probability FROM sequence_scores" + suffix
                                + " WHERE day = ? AND kind = ? AND logistic_probability IS NOT NULL"
                                + " ORDER BY customer_id",
                        day,
                        kind.registryName())
                .stream()
                .map(r -> new PairedScore((String) r[0], ((Number) r[1]).doubleValue(), ((Number) r[2]).doubleValue()))
                .toList();
    }

    /** The newest champion/challenger decision of {@code kind}; the logistic model serves until there is one. */
    String champion(ModelKind kind) {
        List<Object[]> rows = query(
                "SELECT champion FROM champion_challenger" + suffix + " WHERE kind = ? ORDER BY day DESC LIMIT 1",
                kind.registryName());
        return rows.isEmpty() ? ChampionChallenger.LOGISTIC : (String) rows.get(0)[0];
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

    private List<Object[]> query(String sql, Object... params) {
        try (Connection c = StoreSql.connect(store)) {
            return SqlShopReader.rows(c, sql, params);
        } catch (SQLException e) {
            throw new StoreException("retrain query failed: " + sql, e);
        }
    }

    /** DuckDB returns BLOBs; ClickHouse keeps models base64-encoded in a String column. */
    private static byte[] bytes(Object value) throws StoreException {
        try {
            if (value instanceof byte[] b) {
                return b;
            }
            if (value instanceof java.sql.Blob b) {
                return b.getBytes(1, (int) b.length());
            }
            if (value instanceof String s) {
                return java.util.Base64.getDecoder().decode(s);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read a model's bytes", e);
        }
        throw new IllegalStateException("not a model: " + value.getClass());
    }
}
