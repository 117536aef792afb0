package dev.shoplens.store;

import dev.shoplens.store.read.ClickHouseShopReader;
import dev.shoplens.store.read.ShopReader;
import dev.shoplens.store.write.ClickHouseResultWriter;
import dev.shoplens.store.write.ResultWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/**
 * A ClickHouse server (or cluster endpoint) reached over HTTP: writes through {@code client-v2}, reads and schema
 * changes through the JDBC driver.
 *
 * @param url the HTTP endpoint, e.g. {@code http://clickhouse:8123}
 * @param compress whether requests and responses travel compressed (the drivers' default, and production's; off only
 *     for an engine that does not speak ClickHouse's compressed HTTP, such as the tests' embedded one)
 */
public record ClickHouseSettings(String url, String database, String user, String password, boolean compress)
        implements StoreSettings {

    /** Settings that compress, as every real ClickHouse server expects. */
    public ClickHouseSettings(String url, String database, String user, String password) {
        this(url, database, user, password, true);
    }

    public ClickHouseSettings {
        if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
            throw new IllegalArgumentException("ClickHouse url must be an http(s) URL, was " + url);
        }
        if (database == null || !database.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("ClickHouse database must be a plain identifier, was " + database);
        }
        user = user == null || user.isBlank() ? "default" : user;
        password = password == null ? "" : password;
    }

    @Override
    public String current(String table) {
        return table + " FINAL";
    }

    @Override
    public Connection connect() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        props.setProperty("compress", Boolean.toString(compress));
        return jdbc("jdbc:clickhouse:" + url + "/" + database, props);
    }

    /** A connection without a default database, to create it. */
    public Connection connectToServer() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        props.setProperty("compress", Boolean.toString(compress));
        return jdbc("jdbc:clickhouse:" + url, props);
    }

    /** jdbc-v2 does not register itself with DriverManager: ask the driver directly. */
    private static Connection jdbc(String jdbcUrl, Properties props) throws SQLException {
        return new com.clickhouse.jdbc.Driver().connect(jdbcUrl, props);
    }

    @Override
    public ResultWriter openWriter() {
        return ClickHouseResultWriter.open(this);
    }

    @Override
    public ShopReader openReader() {
        return new ClickHouseShopReader(this);
    }

    @Override
    public String describe() {
        return "clickhouse:" + url + "/" + database;
    }

    @Override
    public String toString() {
        return "ClickHouseSettings[" + describe() + ", user=" + user + "]";
    }
}
