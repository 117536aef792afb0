package dev.shoplens.store.read;

import static dev.shoplens.store.read.SqlShopReader.instant;
import static dev.shoplens.store.read.SqlShopReader.rows;

import dev.shoplens.scores.ChampionChallenger;
import dev.shoplens.scores.CustomerScore;
import dev.shoplens.scores.RetrainRun;
import dev.shoplens.scores.SegmentFlow;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The queries on the model tables (schema version 2): registry, customer scores, segment flows. */
final class ModelQueries {

    private static final String SUMMARY = "SELECT kind, version, parent, trained_at, trained_at_wall,"
            + " training_rows, full_retrain, metrics, promoted, serving FROM ";

    private ModelQueries() {}

    /** {@code registry} names the registry table so that it reads its current rows. */
    static List<ModelSummary> serving(Connection c, String registry) throws SQLException {
        return summaries(c, SUMMARY + registry + " WHERE serving ORDER BY kind");
    }

    /** {@code registry} names the registry table so that it reads its current rows. */
    static List<ModelSummary> versions(Connection c, String registry, String kind) throws SQLException {
        return summaries(c, SUMMARY + registry + " WHERE kind = ? ORDER BY version", kind);
    }

    static Optional<byte[]> model(Connection c, String registry, String kind, int version) throws SQLException {
        List<Object[]> found =
                rows(c, "SELECT model FROM " + registry + " WHERE kind = ? AND version = ?", kind, version);
        return found.isEmpty() ? Optional.empty() : Optional.of(SqlShopReader.blob(found.get(0)[0]));
    }

    /** {@code scores} names the scores table so that it reads its current rows. */
    static Optional<CustomerScore> score(Connection c, String scores, String customerId) throws SQLException {
        List<Object[]> found = rows(
                c,
                "SELECT customer_id, as_of, churn_probability, churn_version, purchase_probability, purchase_version,"
                        + " expected_orders_90d, expected_revenue_90d, expected_next_order_at, value_version,"
                        + " segment_id, segment_name, segment_version, churn_reasons, purchase_reasons, changes"
                        + " FROM " + scores + " WHERE customer_id = ?",
                customerId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = found.get(0);
        return Optional.of(new CustomerScore(
                (String) r[0],
                instant(r[1]),
                (Double) r[2],
                (Integer) r[3],
                (Double) r[4],
                (Integer) r[5],
                (Double) r[6],
                (Double) r[7],
                instant(r[8]),
                (Integer) r[9],
                (Integer) r[10],
                (String) r[11],
                (Integer) r[12],
                (String) r[13],
                (String) r[14],
                (String) r[15]));
    }

    /** {@code table} names the flows table so that it reads its current rows. */
    static List<SegmentFlow> flows(Connection c, String table, LocalDate from) throws SQLException {
        List<SegmentFlow> result = new ArrayList<>();
        for (Object[] r : rows(
                c,
                "SELECT day, from_segment, to_segment, to_name, customers FROM " + table + " WHERE day >= ?"
                        + " ORDER BY day, from_segment, to_segment",
                from)) {
            result.add(new SegmentFlow(
                    SqlShopReader.date(r[0]),
                    (Integer) r[1],
                    (Integer) r[2],
                    (String) r[3],
                    ((Number) r[4]).longValue()));
        }
        return result;
    }

    static List<ChampionChallenger> championChallenger(Connection c, String table, String kind) throws SQLException {
        List<ChampionChallenger> result = new ArrayList<>();
        for (Object[] r : rows(
                c,
                "SELECT day, customers, logistic_metrics, lstm_metrics, champion, reason FROM " + table
                        + " WHERE kind = ? ORDER BY day",
                kind)) {
            result.add(new ChampionChallenger(
                    kind,
                    SqlShopReader.date(r[0]),
                    ((Number) r[1]).longValue(),
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    (String) r[5]));
        }
        return result;
    }

    static List<RetrainRun> retrainRuns(Connection c, String table, String kind, int limit) throws SQLException {
        List<RetrainRun> result = new ArrayList<>();
        for (Object[] r : rows(
                c,
                "SELECT kind, started_at, finished_at, data_until, outcome, reason, version, epochs, best_epoch,"
                        + " training_loss, validation_log_loss, training_sequences, sequences_per_second,"
                        + " duration_seconds FROM " + table
                        + " WHERE kind = ? ORDER BY started_at DESC LIMIT ?",
                kind,
                limit)) {
            result.add(new RetrainRun(
                    (String) r[0],
                    instant(r[1]),
                    instant(r[2]),
                    instant(r[3]),
                    (String) r[4],
                    (String) r[5],
                    SqlShopReader.integerOrNull(r[6]),
                    SqlShopReader.integerOrNull(r[7]),
                    SqlShopReader.integerOrNull(r[8]),
                    SqlShopReader.doubleOrNull(r[9]),
                    SqlShopReader.doubleOrNull(r[10]),
                    r[11] == null ? null : ((Number) r[11]).longValue(),
                    SqlShopReader.doubleOrNull(r[12]),
                    ((Number) r[13]).doubleValue()));
        }
        return result;
    }

    private static List<ModelSummary> summaries(Connection c, String sql, Object... params) throws SQLException {
        List<ModelSummary> result = new ArrayList<>();
        for (Object[] r : rows(c, sql, params)) {
            result.add(new ModelSummary(
                    (String) r[0],
                    (Integer) r[1],
                    (Integer) r[2],
                    instant(r[3]),
                    instant(r[4]),
                    ((Number) r[5]).longValue(),
                    bool(r[6]),
                    (String) r[7],
                    bool(r[8]),
                    bool(r[9])));
        }
        return result;
    }

    private static boolean bool(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }
}
