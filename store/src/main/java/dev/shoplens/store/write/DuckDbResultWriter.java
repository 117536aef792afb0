package dev.shoplens.store.write;

import dev.shoplens.store.DuckDbSettings;
import dev.shoplens.store.StoreException;
import dev.shoplens.store.schema.SchemaMigrator;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes results into DuckDB. Rows go through the Appender (two orders of magnitude faster than JDBC batches)
 * into a per-connection temporary staging table, then one transaction replaces the target's rows of the same keys
 * with them ({@link #upsert}): the speed of bulk appends with the idempotence of upserts.
 */
public final class DuckDbResultWriter implements ResultWriter {

    private final DuckDBConnection connection;
    private final Set<String> stagedTables = new HashSet<>();
    private final Map<String, List<String>> primaryKeys = new HashMap<>();

    private DuckDbResultWriter(DuckDBConnection connection) {
        this.connection = connection;
    }

    public static DuckDbResultWriter open(DuckDbSettings settings) {
        try {
            DuckDBConnection connection = settings.connect().unwrap(DuckDBConnection.class);
            new SchemaMigrator("duckdb").migrate(connection);
            return new DuckDbResultWriter(connection);
        } catch (SQLException e) {
            throw new StoreException("cannot open DuckDB store " + settings.describe(), e);
        }
    }

    @Override
    public <T> void write(Table<T> table, List<T> rows) {
        if (rows.isEmpty()) {
            return;
        }
        // The staging table lets one statement upsert the batch; the batch must hold one row per key, hence
        // Table.lastPerKey.
        String stage = stageFor(table.name());
        try {
            try (DuckDBAppender appender = connection.createAppender("temp", "main", stage)) {
                for (T row : table.lastPerKey(rows)) {
                    appender.beginRow();
                    for (Table.Column<T> column : table.columns()) {
                        append(appender, column.value().apply(row));
                    }
                    appender.endRow();
                }
            }
            upsert(table.name(), "temp.main." + stage);
            execute("DELETE FROM temp.main." + stage);
        } catch (SQLException e) {
            throw new StoreException("writing " + rows.size() + " rows into " + table.name() + " failed", e);
        }
    }

    @Override
    public void refreshCustomerMonths(List<String> customerIds) {
        // The ids go through the Appender into a staging table, as rows do: no SQL text grows with the batch.
        String stage = "stage_customer_ids";
        if (stagedTables.add(stage)) {
            execute("CREATE TEMP TABLE IF NOT EXISTS " + stage + " (customer_id VARCHAR)");
        }
        try (DuckDBAppender appender = connection.createAppender("temp", "main", stage)) {
            for (String id : customerIds) {
                appender.beginRow();
                appender.append(id);
                appender.endRow();
            }
        } catch (SQLException e) {
            throw new StoreException("staging " + customerIds.size() + " customers for customer_months failed", e);
        }
        // Into the months' own staging table, then upserted as any batch of rows is.
        String months = "temp.main." + stageFor("customer_months");
        execute("INSERT INTO " + months + " "
                + CustomerMonths.select("orders", "SELECT customer_id FROM temp.main." + stage));
        upsert("customer_months", months);
        execute("DELETE FROM " + months);
        execute("DELETE FROM temp.main." + stage);
    }

    /** DuckDB's TIMESTAMP has no zone: ShopLens stores UTC. */
    private static void append(DuckDBAppender appender, Object value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else if (value instanceof String s) {
            appender.append(s);
        } else if (value instanceof Integer i) {
            appender.append(i.intValue());
        } else if (value instanceof Long l) {
            appender.append(l.longValue());
        } else if (value instanceof Double d) {
            appender.append(d.doubleValue());
        } else if (value instanceof Instant t) {
            appender.append(LocalDateTime.ofInstant(t, ZoneOffset.UTC));
        } else if (value instanceof LocalDate d) {
            appender.append(d);
        } else if (value instanceof Boolean b) {
            appender.append(b.booleanValue());
        } else if (value instanceof byte[] bytes) {
            appender.append(bytes);
        } else {
            throw new IllegalArgumentException("no DuckDB mapping for " + value.getClass());
        }
    }

    /**
     * Moves the staged rows into {@code table}, replacing the rows of the same keys: the old rows deleted and the
     * new ones inserted in one transaction. DuckDB runs {@code INSERT OR REPLACE} as an update of every column of
     * each existing row, and updating string columns read each old string back out of its compressed segment: in a
     * replay that rescored 23,570 customers again and again, one batch of scores took 3 to 5 s.
     */
    private void upsert(String table, String stage) {
        List<String> keys = primaryKeys.computeIfAbsent(table, this::primaryKeyOf);
        if (keys.isEmpty()) {
            execute("INSERT INTO " + table + " SELECT * FROM " + stage);
            return;
        }
        String match = keys.stream().map(k -> "t." + k + " = s." + k).collect(Collectors.joining(" AND "));
        execute("BEGIN TRANSACTION");
        try {
            execute("DELETE FROM " + table + " t USING " + stage + " s WHERE " + match);
            execute("INSERT INTO " + table + " SELECT * FROM " + stage);
            execute("COMMIT");
        } catch (RuntimeException e) {
            execute("ROLLBACK");
            throw e;
        }
    }

    private List<String> primaryKeyOf(String table) {
        try (PreparedStatement st = connection.prepareStatement("SELECT unnest(constraint_column_names) FROM"
                + " duckdb_constraints() WHERE table_name = ? AND constraint_type = 'PRIMARY KEY'")) {
            st.setString(1, table);
            List<String> keys = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getString(1));
                }
            }
            return keys;
        } catch (SQLException e) {
            throw new StoreException("cannot read the primary key of " + table, e);
        }
    }

    private String stageFor(String table) {
        String stage = "stage_" + table;
        if (stagedTables.add(table)) {
            execute("CREATE TEMP TABLE IF NOT EXISTS " + stage + " AS SELECT * FROM " + table + " LIMIT 0");
        }
        return stage;
    }

    private void execute(String sql) {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new StoreException("statement failed: " + sql, e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("closing the DuckDB writer failed", e);
        }
    }
}
