package dev.shoplens.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.io.TempDir;

/** Inventory planning on DuckDB. */
class DuckDbInventoryPlanningTest extends InventoryPlanningContract {

    @TempDir
    Path dir;

    @Override
    StoreSettings newStore() {
        return DuckDbSettings.inDataDir(dir);
    }

    @Override
    Connection connect() throws SQLException {
        return ((DuckDbSettings) store).connect();
    }
}
