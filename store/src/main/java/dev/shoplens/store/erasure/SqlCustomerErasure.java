package dev.shoplens.store.erasure;

import dev.shoplens.store.Connections;
import dev.shoplens.store.StoreException;
import dev.shoplens.store.schema.ClusterTable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@link CustomerErasure} in SQL, the same statements for both stores but for how each engine deletes and updates. */
public final class SqlCustomerErasure implements CustomerErasure {

    /** How an engine removes rows and clears a column for good. */
    public enum Dialect {
        DUCKDB("DELETE FROM %s WHERE %s", "UPDATE %s SET customer_id = NULL WHERE %s"),
        /**
         * Mutations, which rewrite the parts that hold the rows (a lightweight delete only masks them until a merge),
         * and wait until every replica has done so; on a cluster, of the local tables on every node ({@link
         * ClusterTable}).
         */
        CLICKHOUSE(
                "ALTER TABLE %s DELETE WHERE %s SETTINGS mutations_sync = 2",
                "ALTER TABLE %s UPDATE customer_id = NULL WHERE %s SETTINGS mutations_sync = 2");

        private final String delete;
        private final String anonymise;

        Dialect(String delete, String anonymise) {
            this.delete = delete;
            this.anonymise = anonymise;
        }
    }

    /** The tables whose every row belongs to one customer, named in their {@code customer_id} column. */
    static final List<String> CUSTOMER_TABLES = List.of(
            "customer_features",
            "customer_scores",
            "sequence_scores",
            "customer_daily",
            "customer_months",
            "audience_changes");

    /** Rejected input that mentions the id anywhere in what was kept of it. */
    static final String MENTIONS =
            "position(? IN coalesce(payload, '')) > 0 OR position(? IN coalesce(detail, '')) > 0";

    private final Connections connections;
    private final Dialect dialect;

    public SqlCustomerErasure(Connections connections, Dialect dialect) {
        this.connections = connections;
        this.dialect = dialect;
    }

    @Override
    public ErasureReport erase(String keptId, String ownId, Instant at) {
        if (keptId == null || keptId.isBlank() || ownId == null || ownId.isBlank()) {
            throw new IllegalArgumentException("a customer id to erase is needed");
        }
        String hash = CustomerErasure.hash(keptId);
        try (Connection c = connections.open()) {
            // The hash first: from then on the job keeps the customer out, even if the deletes below fail halfway.
            execute(
                    c,
                    dialect == Dialect.DUCKDB
                            ? "INSERT OR REPLACE INTO erased_customers VALUES (?, ?)"
                            : "INSERT INTO erased_customers VALUES (?, ?)",
                    hash,
                    LocalDateTime.ofInstant(at, ZoneOffset.UTC));
            Map<String, Long> deleted = new LinkedHashMap<>();
            for (String table : CUSTOMER_TABLES) {
                deleted.put(table, delete(c, table, "customer_id = ?", keptId));
            }
            long rejected = delete(c, "rejected_events", MENTIONS, keptId, keptId);
            if (!ownId.equals(keptId)) {
                rejected += delete(c, "rejected_events", MENTIONS, ownId, ownId);
            }
            deleted.put("rejected_events", rejected);
            long orders = count(c, "orders", "customer_id = ?", keptId);
            if (orders > 0) {
                execute(c, String.format(dialect.anonymise, target(c, "orders"), "customer_id = ?"), keptId);
            }
            return new ErasureReport(hash, deleted, orders);
        } catch (SQLException e) {
            throw new StoreException("erasing a customer failed (the erased list holds it: run the erasure again)", e);
        }
    }

    @Override
    public Set<String> erasedHashes() {
        try (Connection c = connections.open();
                PreparedStatement st = c.prepareStatement("SELECT customer_hash FROM erased_customers");
                ResultSet rs = st.executeQuery()) {
            Set<String> hashes = new HashSet<>();
            while (rs.next()) {
                hashes.add(rs.getString(1));
            }
            return hashes;
        } catch (SQLException e) {
            throw new StoreException("reading the erased customers failed", e);
        }
    }

    private long delete(Connection c, String table, String where, Object... params) throws SQLException {
        long rows = count(c, table, where, params);
        if (rows > 0) {
            execute(c, String.format(dialect.delete, target(c, table), where), params);
        }
        return rows;
    }

    /** What a delete or update of {@code table} names: on a ClickHouse cluster, its local tables on every node. */
    private String target(Connection c, String table) throws SQLException {
        return dialect == Dialect.CLICKHOUSE ? ClusterTable.alterTarget(c, table) : table;
    }

    private static long count(Connection c, String table, String where, Object... params) throws SQLException {
        try (PreparedStatement st = prepare(c, "SELECT count(*) FROM " + table + " WHERE " + where, params);
                ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement st = prepare(c, sql, params)) {
            st.execute();
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement st = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            st.setObject(i + 1, params[i]);
        }
        return st;
    }
}
