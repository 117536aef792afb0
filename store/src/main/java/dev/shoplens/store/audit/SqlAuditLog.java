package dev.shoplens.store.audit;

import dev.shoplens.store.Connections;
import dev.shoplens.store.StoreException;
import dev.shoplens.store.read.SqlShopReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** The audit log in a SQL store (DuckDB or ClickHouse: the same SQL; table {@code audit_log}, schema version 8). */
public final class SqlAuditLog implements AuditLog {

    private final Connections connections;

    public SqlAuditLog(Connections connections) {
        this.connections = connections;
    }

    @Override
    public void record(AuditEntry entry) {
        try (Connection c = connections.open();
                PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO audit_log (done_at, user_name, action, detail) VALUES (?, ?, ?, ?)")) {
            insert.setObject(1, SqlShopReader.timestamp(entry.at()));
            insert.setString(2, entry.user());
            insert.setString(3, entry.action());
            insert.setString(4, entry.detail());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("writing the audit log failed", e);
        }
    }

    @Override
    public List<AuditEntry> entries(int offset, int limit) {
        try (Connection c = connections.open()) {
            return SqlShopReader.rows(
                            c,
                            // Rows are only ever added: no version to merge, so no FINAL on ClickHouse.
                            "SELECT done_at, user_name, action, detail FROM audit_log"
                                    + " ORDER BY done_at DESC, user_name LIMIT ? OFFSET ?",
                            limit,
                            offset)
                    .stream()
                    .map(r -> new AuditEntry(SqlShopReader.instant(r[0]), (String) r[1], (String) r[2], (String) r[3]))
                    .toList();
        } catch (SQLException e) {
            throw new StoreException("reading the audit log failed", e);
        }
    }
}
