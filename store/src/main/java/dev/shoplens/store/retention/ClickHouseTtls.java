package dev.shoplens.store.retention;

import dev.shoplens.store.ClickHouseSettings;
import dev.shoplens.store.StoreException;
import dev.shoplens.store.read.SqlShopReader;
import dev.shoplens.store.schema.ClusterTable;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Gives a ClickHouse server's tables the TTLs of a {@link Retention}: what schema version 10 sets by default, changed
 * to the shop's own days. A table whose TTL already says its rule's days is left alone, so that a job's start does
 * not rewrite anything (a changed TTL makes ClickHouse apply it to the table's existing parts). On a cluster the TTL
 * is the local tables' (set {@code ON CLUSTER}, see {@link ClusterTable}), as {@code infra/clickhouse/cluster.sql}
 * first sets it.
 */
public final class ClickHouseTtls {

    private ClickHouseTtls() {}

    /** Sets the TTLs that differ from {@code retention}; returns the tables changed. */
    public static List<String> apply(ClickHouseSettings settings, Retention retention) {
        List<String> changed = new ArrayList<>();
        try (Connection c = settings.connect()) {
            for (Retention.Rule rule : retention.rules()) {
                List<Object[]> table = SqlShopReader.rows(
                        c,
                        "SELECT engine_full, create_table_query FROM system.tables WHERE database = currentDatabase()"
                                + " AND name = ?",
                        rule.table());
                if (table.isEmpty()) {
                    continue;
                }
                Optional<ClusterTable> local = ClusterTable.behind((String) table.get(0)[0]);
                String definition = local.isEmpty() ? (String) table.get(0)[1] : definitionOf(c, local.get());
                if (definition != null && !definition.contains(ttlAsShown(rule))) {
                    try (Statement st = c.createStatement()) {
                        st.execute(String.format(
                                Locale.ROOT,
                                "ALTER TABLE %s MODIFY TTL toDateTime(%s) + INTERVAL %d DAY",
                                local.map(ClusterTable::alterTarget).orElse(rule.table()),
                                rule.writtenColumn(),
                                rule.days()));
                    }
                    changed.add(rule.table());
                }
            }
        } catch (SQLException e) {
            throw new StoreException("setting the retention's TTLs in " + settings.describe() + " failed", e);
        }
        return changed;
    }

    /** A cluster's local table as this node defines it (every node defines it alike); null where it has none. */
    private static String definitionOf(Connection c, ClusterTable local) throws SQLException {
        List<Object[]> rows = SqlShopReader.rows(
                c,
                "SELECT create_table_query FROM system.tables WHERE database = ? AND name = ?",
                local.database(),
                local.table());
        return rows.isEmpty() ? null : (String) rows.get(0)[0];
    }

    /** The TTL as ClickHouse writes it back in the table's definition. */
    static String ttlAsShown(Retention.Rule rule) {
        return "TTL toDateTime(" + rule.writtenColumn() + ") + toIntervalDay(" + rule.days() + ")";
    }
}
