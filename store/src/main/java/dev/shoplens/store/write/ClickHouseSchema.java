package dev.shoplens.store.write;

import dev.shoplens.store.ClickHouseSettings;
import dev.shoplens.store.StoreException;
import dev.shoplens.store.schema.SchemaMigrator;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Creates the database if needed and applies {@code sql/clickhouse} migrations. */
final class ClickHouseSchema {

    private final ClickHouseSettings settings;

    ClickHouseSchema(ClickHouseSettings settings) {
        this.settings = settings;
    }

    int migrate() {
        try (Connection server = settings.connectToServer();
                Statement st = server.createStatement()) {
            st.execute("CREATE DATABASE IF NOT EXISTS " + settings.database());
        } catch (SQLException e) {
            throw new StoreException("cannot create ClickHouse database " + settings.database(), e);
        }
        try (Connection c = settings.connect()) {
            return new SchemaMigrator("clickhouse").migrate(c);
        } catch (SQLException e) {
            throw new StoreException("cannot migrate " + settings.describe(), e);
        }
    }
}
