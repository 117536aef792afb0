package dev.shoplens.store;

import dev.shoplens.store.read.DuckDbShopReader;
import dev.shoplens.store.read.ShopReader;
import dev.shoplens.store.write.DuckDbResultWriter;
import dev.shoplens.store.write.ResultWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * An embedded DuckDB file. Writers and readers in one JVM open the same file and share one database instance
 * (DuckDB lets only one process write a file); {@code readOnly} opens it for a process that only reads while no
 * writer runs, such as {@code shoplens status}.
 */
public record DuckDbSettings(String file, boolean readOnly) implements StoreSettings {

    public DuckDbSettings {
        if (file == null || file.isBlank()) {
            throw new IllegalArgumentException("DuckDB file must be set");
        }
    }

    public static DuckDbSettings inDataDir(Path dataDir) {
        return new DuckDbSettings(
                dataDir.resolve("shoplens.duckdb").toAbsolutePath().toString(), false);
    }

    public DuckDbSettings asReadOnly() {
        return new DuckDbSettings(file, true);
    }

    @Override
    public String current(String table) {
        return table;
    }

    @Override
    public Connection connect() throws SQLException {
        Properties props = new Properties();
        if (readOnly) {
            props.setProperty("duckdb.read_only", "true");
        } else {
            createFolder();
        }
        return DriverManager.getConnection("jdbc:duckdb:" + file, props);
    }

    private void createFolder() throws SQLException {
        try {
            Path parent = Path.of(file).toAbsolutePath().getParent();
            if (parent != null) {
                java.nio.file.Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new SQLException("cannot create the folder of " + file, e);
        }
    }

    @Override
    public ResultWriter openWriter() {
        return DuckDbResultWriter.open(this);
    }

    @Override
    public ShopReader openReader() {
        return new DuckDbShopReader(this);
    }

    @Override
    public String describe() {
        return "duckdb:" + file + (readOnly ? " (read-only)" : "");
    }
}
