package dev.shoplens.store.read;

import dev.shoplens.store.DuckDbSettings;
import dev.shoplens.store.StoreException;
import dev.shoplens.store.audiences.AudienceBook;
import dev.shoplens.store.audiences.SqlAudienceBook;
import dev.shoplens.store.erasure.CustomerErasure;
import dev.shoplens.store.erasure.SqlCustomerErasure;
import dev.shoplens.store.schema.SchemaMigrator;
import java.sql.Connection;
import java.sql.SQLException;
import org.duckdb.DuckDBConnection;

/**
 * Reads the DuckDB store. It keeps one connection open for its lifetime (so the database instance stays open
 * between web requests) and gives each call a duplicate of it: DuckDB connections are not for concurrent use.
 */
public final class DuckDbShopReader extends SqlShopReader {

    private final DuckDbSettings settings;
    /** Every product's forecast days and plan, kept between the Inventory page's reads while unchanged. */
    private final ForecastPaths forecastPaths = new ForecastPaths();

    private final KeptPlans keptPlans = new KeptPlans();

    private DuckDBConnection root;

    public DuckDbShopReader(DuckDbSettings settings) {
        super(settings.describe());
        this.settings = settings;
    }

    @Override
    protected synchronized Connection open() throws SQLException {
        if (root == null) {
            root = settings.connect().unwrap(DuckDBConnection.class);
            if (!settings.readOnly()) {
                // A reader may start before any writer: make sure the tables exist.
                new SchemaMigrator("duckdb").migrate(root);
            }
        }
        return root.duplicate();
    }

    @Override
    public AudienceBook audiences() {
        return new SqlAudienceBook(this::open, this::table);
    }

    @Override
    public CustomerErasure erasure() {
        return new SqlCustomerErasure(this::open, SqlCustomerErasure.Dialect.DUCKDB);
    }

    @Override
    public InventoryPlanning inventory() {
        return new SqlInventoryPlanning(
                this::open,
                this::table,
                SqlInventoryPlanning.SettingWrites.REPLACE_IN_TRANSACTION,
                forecastPaths,
                keptPlans);
    }

    @Override
    protected String table(String table) {
        return settings.current(table);
    }

    @Override
    public synchronized void close() {
        if (root != null) {
            try {
                root.close();
            } catch (SQLException e) {
                throw new StoreException("closing the DuckDB reader failed", e);
            } finally {
                root = null;
            }
        }
    }
}
