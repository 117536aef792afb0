package dev.shoplens.store.retention;

import dev.shoplens.store.ClickHouseSettings;
import dev.shoplens.store.StoreException;
import dev.shoplens.store.read.SqlShopReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Gives a ClickHouse server's tables the TTLs of a {@link Retention}: what schema version 10 sets by default, changed
 * to the shop's own days. A table whose TTL already says its rule's days is left alone, so that a job's start does
 * not rewrite anything (a changed TTL makes ClickHouse apply it to the table's existing parts). A cluster's tables
 * are Distributed over local ones, whose TTLs {@code infra/clickhouse/cluster.sql} sets with {@code ON CLUSTER}:
 * those are left to it.
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
                        "SELECT engine, create_table_query FROM system.tables WHERE database = currentDatabase()"
                                + " AND name = ?",
                        rule.table());
                if (table.isEmpty() || "Distributed".equals(table.get(0)[0])) {
                    continue;
                }
                if (!((String) table.get(0)[1]).contains(ttlAsShown(rule))) {
                    try (Statement st = c.createStatement()) {
                        st.execute(String.format(
                                Locale.ROOT,
                                "ALTER TABLE %s MODIFY TTL toDateTime(%s) + INTERVAL %d DAY",
                                rule.table(),
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

    /** The TTL as ClickHouse writes it back in the table's definition. */
    static String ttlAsShown(Retention.Rule rule) {
        return "TTL toDateTime(" + rule.writtenColumn() + ") + toIntervalDay(" + rule.days() + ")";
    }
}
