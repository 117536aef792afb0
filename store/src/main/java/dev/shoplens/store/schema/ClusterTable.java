package dev.shoplens.store.schema;

import dev.shoplens.store.read.SqlShopReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a statement that changes a table's rows or settings must go on a ClickHouse cluster. There the result
 * tables are {@code Distributed} tables over a local table on every node ({@code infra/clickhouse/cluster.sql}), and
 * ClickHouse neither mutates a {@code Distributed} table nor changes its TTL: an erasure's deletes and a retention's
 * TTLs go to the local table {@code ON CLUSTER}, which every node then runs. On a single server a table is its own
 * target.
 *
 * @param cluster the cluster as the {@code Distributed} engine names it (a macro such as {@code {cluster}} stays one:
 *     {@code ON CLUSTER} expands it on each node as the engine does)
 */
public record ClusterTable(String cluster, String database, String table) {

    /** {@code Distributed('cluster', 'db', 'table'[, sharding key...])} as {@code system.tables.engine_full} shows it. */
    private static final Pattern DISTRIBUTED = Pattern.compile(
            "Distributed\\(\\s*'?([^',)]+)'?\\s*,\\s*'?([^',)]+)'?\\s*,\\s*'?([^',)]+)'?\\s*[,)].*", Pattern.DOTALL);

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_{}.-]+");

    public ClusterTable {
        for (String name : List.of(cluster, database, table)) {
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("not a plain ClickHouse name: " + name);
            }
        }
    }

    /** What an {@code ALTER TABLE} names: the local table on every node of the cluster. */
    public String alterTarget() {
        return database + "." + table + " ON CLUSTER '" + cluster + "'";
    }

    /** The local table behind a {@code Distributed} table's {@code engine_full}; empty for any other engine. */
    public static Optional<ClusterTable> behind(String engineFull) {
        if (engineFull == null) {
            return Optional.empty();
        }
        Matcher m = DISTRIBUTED.matcher(engineFull.strip());
        return m.matches() ? Optional.of(new ClusterTable(m.group(1), m.group(2), m.group(3))) : Optional.empty();
    }

    /**
     * What an {@code ALTER TABLE} of {@code table} (of the connection's database) must name: the table itself on a
     * single server, its local table {@code ON CLUSTER} where it is {@code Distributed}.
     */
    public static String alterTarget(Connection c, String table) throws SQLException {
        List<Object[]> rows = SqlShopReader.rows(
                c, "SELECT engine_full FROM system.tables WHERE database = currentDatabase() AND name = ?", table);
        return rows.isEmpty()
                ? table
                : behind((String) rows.get(0)[0]).map(ClusterTable::alterTarget).orElse(table);
    }
}
