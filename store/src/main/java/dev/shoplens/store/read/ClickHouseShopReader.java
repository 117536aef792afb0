package dev.shoplens.store.read;

import dev.shoplens.store.ClickHouseSettings;
import dev.shoplens.store.audiences.AudienceBook;
import dev.shoplens.store.audiences.SqlAudienceBook;
import dev.shoplens.store.erasure.CustomerErasure;
import dev.shoplens.store.erasure.SqlCustomerErasure;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Reads the ClickHouse store through the ClickHouse JDBC driver. Tables are ReplacingMergeTrees: a row written
 * again after a replay is a second copy until the next merge, so every read takes the table's FINAL state.
 */
public final class ClickHouseShopReader extends SqlShopReader {

    private final ClickHouseSettings settings;
    /** Every product's forecast days and plan, kept between the Inventory page's reads while unchanged. */
    private final ForecastPaths forecastPaths = new ForecastPaths();

    private final KeptPlans keptPlans = new KeptPlans();

    public ClickHouseShopReader(ClickHouseSettings settings) {
        super(settings.describe());
        this.settings = settings;
    }

    @Override
    protected Connection open() throws SQLException {
        return settings.connect();
    }

    @Override
    public InventoryPlanning inventory() {
        return new SqlInventoryPlanning(
                this::open, this::table, SqlInventoryPlanning.SettingWrites.APPEND_NEWER, forecastPaths, keptPlans);
    }

    @Override
    public AudienceBook audiences() {
        return new SqlAudienceBook(this::open, this::table);
    }

    @Override
    public CustomerErasure erasure() {
        return new SqlCustomerErasure(this::open, SqlCustomerErasure.Dialect.CLICKHOUSE);
    }

    @Override
    protected String table(String table) {
        return settings.current(table);
    }

    @Override
    public void close() {
        // Connections are per call; nothing is held.
    }
}
