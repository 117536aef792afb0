package dev.shoplens.store.schema;

import dev.shoplens.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a store's schema to the newest version: reads {@code sql/<dialect>/migrations} from the class path and
 * applies, each in its own transaction, the scripts whose version is above the one recorded in
 * {@code schema_version}.
 */
public final class SchemaMigrator {

    private final String dialect;

    public SchemaMigrator(String dialect) {
        this.dialect = dialect;
    }

    /**
     * Returns the schema version the store is at afterwards. Several writers may start at once (the parallel
     * instances of a sink): the loser of a concurrent migration sees a conflict or a table that already exists,
     * waits and looks again, by which time the winner has migrated.
     */
    public int migrate(Connection connection) {
        return migrateTo(connection, Integer.MAX_VALUE);
    }

    /** Like {@link #migrate}, applying no script above {@code newest}: a store as an earlier release left it. */
    public int migrateTo(Connection connection, int newest) {
        for (int attempt = 1; ; attempt++) {
            try {
                return migrateOnce(connection, newest);
            } catch (StoreException e) {
                if (attempt >= 5 || !isConflict(e)) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    private static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null
                    && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains("conflict")) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(50L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a concurrent schema migration");
        }
    }

    private int migrateOnce(Connection connection, int newest) {
        try {
            execute(
                    connection,
                    "CREATE TABLE IF NOT EXISTS schema_version ("
                            + "version INTEGER PRIMARY KEY, script VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
            int current = currentVersion(connection);
            int version = current;
            for (Migration migration : migrations()) {
                if (migration.version() > current && migration.version() <= newest) {
                    apply(connection, migration);
                    version = migration.version();
                }
            }
            return version;
        } catch (SQLException e) {
            throw new StoreException("schema migration of the " + dialect + " store failed", e);
        }
    }

    public List<Migration> migrations() {
        List<Migration> result = new ArrayList<>();
        for (String line : resource("migrations").split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] parts = trimmed.split("\\s+");
            result.add(new Migration(Integer.parseInt(parts[0]), parts[1], resource(parts[1])));
        }
        return result;
    }

    private void apply(Connection connection, Migration migration) throws SQLException {
        if (!connection.getMetaData().supportsTransactions()) {
            // ClickHouse has no DDL transactions: its scripts are written to be applied again (IF NOT EXISTS).
            for (String statement : statements(migration.sql())) {
                execute(connection, statement);
            }
            recordVersion(connection, migration);
            return;
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            for (String statement : statements(migration.sql())) {
                execute(connection, statement);
            }
            execute(
                    connection,
                    "INSERT INTO schema_version VALUES (" + migration.version() + ", '" + migration.script()
                            + "', now())");
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new StoreException("migration " + migration.script() + " failed: " + e.getMessage(), e);
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void recordVersion(Connection connection, Migration migration) throws SQLException {
        execute(
                connection,
                "INSERT INTO schema_version VALUES (" + migration.version() + ", '" + migration.script() + "', now())");
    }

    static List<String> statements(String sql) {
        StringBuilder withoutComments = new StringBuilder();
        for (String line : sql.split("\n")) {
            if (!line.strip().startsWith("--")) {
                withoutComments.append(line).append('\n');
            }
        }
        List<String> result = new ArrayList<>();
        for (String statement : withoutComments.toString().split(";")) {
            if (!statement.isBlank()) {
                result.add(statement.strip());
            }
        }
        return result;
    }

    private static int currentVersion(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
                var rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        // A fresh statement each time: after an error DuckDB can leave a statement closed.
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    private String resource(String name) {
        String path = "sql/" + dialect + "/" + name;
        try (InputStream in = SchemaMigrator.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new StoreException("schema resource " + path + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read " + path, e);
        }
    }

    /** One numbered script. */
    public record Migration(int version, String script, String sql) {}
}
