package dev.shoplens.store;

import dev.shoplens.store.read.ShopReader;
import dev.shoplens.store.write.ResultWriter;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where results live. Serializable because Flink ships it to the sink instances, which open their own writers.
 * Opening a writer applies the schema migrations that are missing.
 */
public sealed interface StoreSettings extends Serializable permits DuckDbSettings, ClickHouseSettings {

    ResultWriter openWriter();

    ShopReader openReader();

    /** Brings the schema to the newest version; the starter of a job calls it once before the job's writers race. */
    default void migrate() {
        openWriter().close();
    }

    /** A connection of its own to the store's database; the caller closes it. */
    Connection connect() throws SQLException;

    /**
     * What a query names to read {@code table}'s current rows: in ClickHouse a row written again (a replay) is a
     * second copy until a merge, so it reads {@code table FINAL}; DuckDB replaces rows in place.
     */
    String current(String table);

    /** A short description for logs and the status output, without secrets. */
    String describe();
}
