package dev.shoplens.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shoplens.features.CustomerDay;
import dev.shoplens.store.read.ShopReader;
import dev.shoplens.store.read.ShopStatus;
import dev.shoplens.store.retention.Compaction;
import dev.shoplens.store.retention.Retention;
import dev.shoplens.store.schema.SchemaMigrator;
import dev.shoplens.store.write.ResultWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbStoreTest extends StoreContract {

    @TempDir
    Path dir;

    @Override
    StoreSettings store() {
        return DuckDbSettings.inDataDir(dir);
    }

    @Override
    int newestSchemaVersion() {
        return new SchemaMigrator("duckdb")
                .migrations().stream()
                        .mapToInt(SchemaMigrator.Migration::version)
                        .max()
                        .orElseThrow();
    }

    @Test
    void aReadOnlyReaderSeesWhatTheWriterLeft() {
        DuckDbSettings settings = DuckDbSettings.inDataDir(dir);
        try (ResultWriter writer = settings.openWriter()) {
            writeSample(writer);
        }
        assertThat(settings.asReadOnly().openReader().status().orders()).isEqualTo(2);
    }

    @Override
    String dialect() {
        return "duckdb";
    }

    @Test
    void aStoreOfVersion5GetsItsCohortSummaryWhenItMigrates() throws SQLException {
        DuckDbSettings settings = DuckDbSettings.inDataDir(dir);
        cohortsSurviveTheMigrationFromVersion5(settings, settings::connect);
    }

    @Test
    void erasingACustomerLeavesNoRowWithTheId() throws SQLException {
        DuckDbSettings settings = DuckDbSettings.inDataDir(dir);
        erasureLeavesNoRowWithTheId(settings, settings::connect);
    }

    @Test
    void erasingAPseudonymTakesTheRejectedInputWithTheShopsOwnIdToo() throws SQLException {
        DuckDbSettings settings = DuckDbSettings.inDataDir(dir);
        erasureOfAPseudonymTakesTheRejectedInputWithTheOwnIdToo(settings, settings::connect);
    }

    @Test
    void compactionDeletesWhatIsPastEachTablesRuleAndKeepsTheRest() {
        DuckDbSettings settings = DuckDbSettings.inDataDir(dir);
        try (ResultWriter writer = settings.openWriter()) {
            writeSample(writer);
            writer.writeCustomerDays(List.of(new CustomerDay("c1", LocalDate.of(2026, 3, 2), 1, 0, 1, 30.0, 0, T0)));
        }
        Instant now = Instant.now();

        Map<String, Long> after100Days =
                Compaction.compact(settings, Retention.DEFAULTS, now.plus(Duration.ofDays(100)));

        assertThat(after100Days)
                .containsEntry("rejected_events", 2L)
                .containsEntry("event_counts", 3L)
                .containsEntry("customer_daily", 0L)
                .containsEntry("product_daily", 0L);
        Map<String, Long> after1000Days =
                Compaction.compact(settings, Retention.DEFAULTS, now.plus(Duration.ofDays(1000)));
        assertThat(after1000Days).containsEntry("customer_daily", 1L).containsEntry("product_daily", 1L);
        try (ShopReader reader = settings.openReader()) {
            ShopStatus status = reader.status();
            assertThat(status.customers()).as("one row per customer: no rule").isEqualTo(2);
            assertThat(status.orders()).as("orders: no rule").isEqualTo(2);
            assertThat(status.eventsRejected()).isZero();
        }
    }

    @Test
    void settingsRejectABlankFile() {
        assertThatThrownBy(() -> new DuckDbSettings(" ", false)).hasMessageContaining("must be set");
    }
}
