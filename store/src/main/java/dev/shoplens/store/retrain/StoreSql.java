package dev.shoplens.store.retrain;

import dev.shoplens.store.ClickHouseSettings;
import dev.shoplens.store.DuckDbSettings;
import dev.shoplens.store.StoreSettings;
import java.sql.Connection;
import java.sql.SQLException;

/** How the retrain talks SQL to either store: one connection per call, and ClickHouse tables read FINAL. */
public final class StoreSql {

    private StoreSql() {}

    public static Connection connect(StoreSettings store) throws SQLException {
        if (store instanceof ClickHouseSettings clickHouse) {
            return clickHouse.connect();
        }
        return ((DuckDbSettings) store).connect();
    }

    /**
     * What follows a table's name to read its current rows: in ClickHouse a row written again after a replay is a
     * second copy until a merge.
     */
    public static String current(StoreSettings store) {
        return store instanceof ClickHouseSettings ? " FINAL" : "";
    }
}
