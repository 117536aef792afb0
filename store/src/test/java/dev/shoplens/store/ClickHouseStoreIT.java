package dev.shoplens.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.store.read.ShopReader;
import dev.shoplens.store.retention.ClickHouseTtls;
import dev.shoplens.store.retention.Retention;
import dev.shoplens.store.write.ResultWriter;
import dev.shoplens.testing.ClickHouseTestEngine;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store contract against the real ClickHouse engine behind its HTTP interface, through the production
 * drivers (client-v2 for writes, jdbc-v2 for reads and schema). Each test gets a database of its own.
 */
class ClickHouseStoreIT extends StoreContract {

    static final AtomicInteger DATABASES = new AtomicInteger();

    @TempDir
    static Path engineDir;

    static ClickHouseTestEngine clickhouse;

    @BeforeAll
    static void startEngine() throws Exception {
        clickhouse = ClickHouseTestEngine.start(engineDir);
    }

    @AfterAll
    static void stopEngine() {
        clickhouse.close();
    }

    @Override
    StoreSettings store() {
        return new ClickHouseSettings(
                clickhouse.url(),
                "shop" + DATABASES.incrementAndGet(),
                clickhouse.user(),
                clickhouse.password(),
                clickhouse.compresses());
    }

    @Override
    int newestSchemaVersion() {
        var migrations = new dev.shoplens.store.schema.SchemaMigrator("clickhouse").migrations();
        return migrations.get(migrations.size() - 1).version();
    }

    @Test
    void aReplayedBatchStaysOneRowAfterMerges() {
        ClickHouseSettings settings = (ClickHouseSettings) store();
        try (ResultWriter writer = settings.openWriter()) {
            writeSample(writer);
            writeSample(writer);
        }
        String copies = clickhouse.query("SELECT count() FROM " + settings.database() + ".orders", "TabSeparated");
        assertThat(copies.strip()).as("two physical copies before a merge").isEqualTo("6");
        clickhouse.query("OPTIMIZE TABLE " + settings.database() + ".orders FINAL", "TabSeparated");
        try (ShopReader reader = settings.openReader()) {
            assertThat(reader.status().orders()).isEqualTo(2);
        }
        assertThat(clickhouse
                        .query("SELECT count() FROM " + settings.database() + ".orders", "TabSeparated")
                        .strip())
                .isEqualTo("3");
    }

    @Override
    String dialect() {
        return "clickhouse";
    }

    @Test
    void aStoreOfVersion5GetsItsCohortSummaryWhenItMigrates() throws SQLException {
        ClickHouseSettings settings = (ClickHouseSettings) store();
        clickhouse.query("CREATE DATABASE " + settings.database(), "TabSeparated");
        cohortsSurviveTheMigrationFromVersion5(settings, settings::connect);
    }

    @Test
    void everyRetentionRuleIsATtlOfItsTable() throws SQLException {
        ClickHouseSettings settings = (ClickHouseSettings) store();
        settings.migrate();
        try (Connection c = settings.connect()) {
            for (Retention.Rule rule : Retention.DEFAULTS.rules()) {
                String create = (String) dev.shoplens.store.read.SqlShopReader.rows(
                                c,
                                "SELECT create_table_query FROM system.tables WHERE database = currentDatabase()"
                                        + " AND name = ?",
                                rule.table())
                        .get(0)[0];
                assertThat(create)
                        .as(rule.table())
                        .contains("TTL toDateTime(" + rule.writtenColumn() + ") + toIntervalDay(" + rule.days() + ")");
            }
        }
    }

    @Test
    void theShopsRetentionBecomesTheTablesTtlsAndTtlsAlreadyRightAreLeftAlone() throws SQLException {
        ClickHouseSettings settings = (ClickHouseSettings) store();
        settings.migrate();
        Retention shop = Retention.DEFAULTS.with(Map.of("rejected_events", 30, "customer_daily", 500));

        assertThat(ClickHouseTtls.apply(settings, Retention.DEFAULTS))
                .as("schema version 10 set the defaults")
                .isEmpty();
        assertThat(ClickHouseTtls.apply(settings, shop)).containsExactly("rejected_events", "customer_daily");
        assertThat(ClickHouseTtls.apply(settings, shop)).as("a second start").isEmpty();
        try (Connection c = settings.connect()) {
            assertThat((String) dev.shoplens.store.read.SqlShopReader.rows(
                                    c,
                                    "SELECT create_table_query FROM system.tables WHERE database = currentDatabase()"
                                            + " AND name = 'rejected_events'")
                            .get(0)[0])
                    .contains("TTL toDateTime(rejected_at) + toIntervalDay(30)");
        }
    }

    /**
     * The time series are partitioned by month of their day, minute or time (so that old months go as whole parts
     * and a query of recent days reads few), each by a function of what a row's key fixes, so that a row written
     * again meets its twin in one partition; tables of one row per customer, product or version are not.
     */
    @Test
    void theTimeSeriesArePartitionedByMonthAndTheOtherTablesNot() throws SQLException {
        ClickHouseSettings settings = (ClickHouseSettings) store();
        settings.migrate();
        Map<String, String> partitioning = new TreeMap<>();
        try (Connection c = settings.connect()) {
            for (Object[] row : dev.shoplens.store.read.SqlShopReader.rows(
                    c,
                    "SELECT name, partition_key FROM system.tables WHERE database = currentDatabase()"
                            + " AND engine LIKE '%MergeTree' AND name != 'schema_version'")) {
                partitioning.put((String) row[0], (String) row[1]);
            }
        }
        Map<String, String> byMonth = Map.of(
                "orders", "toYYYYMM(time)",
                "order_lines", "toYYYYMM(time)",
                "event_counts", "toYYYYMM(minute)",
                "product_daily", "toYYYYMM(day)",
                "customer_daily", "toYYYYMM(day)",
                "segment_flows", "toYYYYMM(day)",
                "sequence_scores", "toYYYYMM(day)",
                "customer_months", "intDiv(month, 12)",
                "audit_log", "toYYYYMM(done_at)",
                "audience_changes", "toYYYYMM(changed_at)");
        assertThat(partitioning).containsAllEntriesOf(byMonth).hasSizeGreaterThan(byMonth.size() + 10);
        partitioning.keySet().removeAll(byMonth.keySet());
        assertThat(partitioning.values())
                .as("the other tables: %s", partitioning)
                .containsOnly("tuple()");
    }

    @Test
    void erasingACustomerLeavesNoRowWithTheId() throws SQLException {
        ClickHouseSettings settings = (ClickHouseSettings) store();
        erasureLeavesNoRowWithTheId(settings, settings::connect);
    }

    @Test
    void erasingAPseudonymTakesTheRejectedInputWithTheShopsOwnIdToo() throws SQLException {
        ClickHouseSettings settings = (ClickHouseSettings) store();
        erasureOfAPseudonymTakesTheRejectedInputWithTheOwnIdToo(settings, settings::connect);
    }

    /** The nightly demand refit's forecasts in planning on the same engine, each test in a database of its own. */
    @Nested
    class NightlyForecasts extends NightlyForecastContract {

        @Override
        StoreSettings newStore() {
            return store();
        }
    }

    /** The audiences on the same engine, each test in a database of its own. */
    @Nested
    class Audiences extends AudienceBookContract {

        @Override
        StoreSettings newStore() {
            return store();
        }
    }

    /** Inventory planning on the same engine, each test in a database of its own. */
    @Nested
    class Inventory extends InventoryPlanningContract {

        @Override
        StoreSettings newStore() {
            return store();
        }

        @Override
        Connection connect() throws SQLException {
            return ((ClickHouseSettings) store).connect();
        }
    }
}
